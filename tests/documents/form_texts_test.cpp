// Form templates: the shipped texts, filling lines, an office's overrides, and how dates and
// durations are worded on Vietnamese forms.
#include "documents/form_texts.h"
#include "documents/slips.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::documents;

TEST_CASE("the shipped templates hold every form, the motto and the ticket texts")
{
    const auto& t = defaultFormTexts();
    for (const char* name : {"receipt", "supplement", "refusal", "refusal_notice", "apology", "stop", "control", "ledger"}) {
        INFO(name);
        CHECK_FALSE(t.form(name).title.empty());
    }
    CHECK(t.form("receipt").title == "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ");
    CHECK(t.form("apology").title == "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");
    CHECK(t.form("apology").row("title_old") == "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ");
    REQUIRE(t.national.size() == 2);
    CHECK(t.national[0] == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    CHECK(t.national[1] == "Độc lập - Tự do - Hạnh phúc");
    CHECK(t.qrApplicant == "masked");
    CHECK_FALSE(t.ticketText("heading").empty());
    CHECK_THROWS_AS(t.form("nope"), Error);
}

TEST_CASE("filling a line: values escaped, bold and italic, blanks dotted, unknown names refused")
{
    const Vars v{{"name", "A <b> & B"}, {"empty", ""}, {"code", "X-1"}};
    CHECK(fillMarkup("Tên: **{name}**", v) == "Tên: <b>A &lt;b&gt; &amp; B</b>");
    CHECK(fillMarkup("*{code}*", v) == "<i>X-1</i>");
    CHECK(fillMarkup("Số: {empty}", v) == "Số: " + std::string(kBlankLine));
    CHECK(fillMarkup("**open", v) == "<b>open</b>");
    CHECK(fillPlain("**{name}**", v) == "A <b> & B");
    // A slash between words never breaks a line ("Ông/Bà"); dates keep theirs untouched.
    CHECK(fillMarkup("Ông/Bà", v) == "Ông/\u2060Bà");
    CHECK(fillMarkup("20/11/2026", v) == "20/11/2026");
    CHECK(fillMarkup("https://x.vn/a", v) == "https://x.vn/\u2060a");
    CHECK_THROWS_AS(fillMarkup("{nope}", v), Error);
}

TEST_CASE("an office's template file overrides what it names and keeps the rest")
{
    const auto t = parseFormTexts(R"({"forms": {"apology": {"title": "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT"}},
                                      "qr_applicant": "none"})");
    CHECK(t.form("apology").title == "PHIẾU XIN LỖI VÀ ĐỀ NGHỊ GIA HẠN THỜI GIAN GIẢI QUYẾT");
    CHECK(t.form("apology").body == defaultFormTexts().form("apology").body);
    CHECK(t.form("receipt").title == defaultFormTexts().form("receipt").title);
    CHECK(t.qrApplicant == "none");
    // Decomposed input (typed on another system) prints precomposed.
    const auto nfd = parseFormTexts("{\"forms\": {\"stop\": {\"title\": \"D\\u01b0\\u0300ng\"}}}");
    CHECK(nfd.form("stop").title == "Dừng");
}

TEST_CASE("broken template files are refused with the place of the mistake")
{
    const auto message = [](const std::string& json) {
        try {
            (void)parseFormTexts(json);
        } catch (const Error& e) {
            CHECK(e.code() == ErrorCode::InvalidInput);
            return std::string(e.what());
        }
        return std::string("no error");
    };
    CHECK(message("{").find("JSON") != std::string::npos);
    CHECK(message(R"({"forms": {"receipt": {"title": 3}}})").find("forms.receipt.title") != std::string::npos);
    CHECK(message(R"({"national": ["one"]})").find("national") != std::string::npos);
    CHECK(message(R"({"qr_applicant": "full"})").find("qr_applicant") != std::string::npos);
    CHECK(message(R"({"forms": {"receipt": {"signatures": [["a", "b"]]}}})").find("signatures") != std::string::npos);
    CHECK_THROWS_AS(loadFormTexts("/nonexistent/forms.json"), Error);
}

TEST_CASE("dates and durations are worded as on Vietnamese forms")
{
    // Nghị định 30/2020: days below 10 and months 1 and 2 take a leading zero.
    CHECK(dateWords({2026, 2, 5}) == "ngày 05 tháng 02 năm 2026");
    CHECK(dateWords({2026, 11, 20}) == "ngày 20 tháng 11 năm 2026");
    CHECK(dateWords({2026, 3, 9}) == "ngày 09 tháng 3 năm 2026");
    CHECK(timeWords(*domain::parseLocalDateTime("2026-11-20 09:05")) == "09 giờ 05 phút, ngày 20 tháng 11 năm 2026");
    CHECK(workingDaysText(0) == "trong ngày");
    CHECK(workingDaysText(0.5) == "0,5 ngày làm việc");
    CHECK(workingDaysText(3) == "03 ngày làm việc");
    CHECK(workingDaysText(15) == "15 ngày làm việc");
}
