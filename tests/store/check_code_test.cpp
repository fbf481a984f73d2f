// The dossier's check code and the citizen's status page look-up (issue 14 item 5).
#include "test_store.h"

#include "domain/error.h"
#include "service/check_code.h"
#include "store/database.h"
#include "store/migrations.h"

#include <catch2/catch.hpp>

#include <set>

using namespace motcua;

namespace {

service::ReceiveRequest request()
{
    return {"1.001193", "Nguyễn Văn An", "038095001234", "0912345678", "Hà Tân", domain::Channel::Direct, ""};
}

bool wellFormed(const std::string& code)
{
    if (code.size() != service::kCheckCodeLength) return false;
    for (char c : code)
        if (service::kCheckCodeAlphabet.find(c) == std::string_view::npos) return false;
    return true;
}

/// What publicStatus threw, as the page would see it.
std::pair<ErrorCode, std::string> failure(service::Desk& desk, const std::string& code, const std::string& check)
{
    try {
        (void)desk.publicStatus(code, check);
    } catch (const Error& e) {
        return {e.code(), e.what()};
    }
    return {ErrorCode::Internal, "no error"};
}

}  // namespace

TEST_CASE("check codes are random, short and from the unambiguous alphabet", "[check-code]")
{
    std::set<std::string> seen;
    for (int i = 0; i < 300; ++i) {
        const auto c = service::makeCheckCode();
        REQUIRE(wellFormed(c));
        seen.insert(c);
    }
    CHECK(seen.size() >= 298);  // 31^6 codes: a repeat in 300 is a broken generator
    CHECK(service::checkCodeMatches("ABC234", service::normalizeCheckCode("abc 234")));
    CHECK_FALSE(service::checkCodeMatches("ABC234", "ABC235"));
    CHECK_FALSE(service::checkCodeMatches("ABC234", "ABC2345"));
    CHECK_FALSE(service::checkCodeMatches("", ""));  // a dossier without a code never opens
}

TEST_CASE("each received dossier gets its own check code, shown to staff", "[check-code]")
{
    test::TestStore s;
    auto clerk = s.open("clerk");
    s.now = test::at("2026-11-16 10:00");
    const auto a = clerk->receive(request());
    const auto b = clerk->receive(request());
    REQUIRE(wellFormed(a.checkCode));
    REQUIRE(wellFormed(b.checkCode));
    CHECK(a.checkCode != b.checkCode);
    CHECK(clerk->dossier(a.code).dossier.checkCode == a.checkCode);
}

TEST_CASE("publicStatus: the right check code opens the public view, a wrong one is an unknown dossier", "[check-code]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 10:00");
    const auto d = s.open("clerk")->receive(request());
    auto anyone = s.open("kiosk");
    const auto view = anyone->publicStatus(d.code, d.checkCode);
    CHECK(view.code == d.code);
    CHECK(view.maskedName == "Nguyễn V. A.");
    // Typed by hand: lower case, a space in the middle.
    auto lower = d.checkCode;
    for (auto& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    CHECK(anyone->publicStatus(d.code, lower.substr(0, 3) + " " + lower.substr(3)).code == d.code);

    std::string wrong = d.checkCode;
    wrong[0] = wrong[0] == 'A' ? 'B' : 'A';
    const std::string unknown = d.code.substr(0, d.code.size() - 4) + "9999";
    const auto w = failure(*anyone, d.code, wrong);
    const auto u = failure(*anyone, unknown, d.checkCode);
    const auto m = failure(*anyone, "<script>", d.checkCode);
    const auto e = failure(*anyone, d.code, "");
    CHECK(w.first == ErrorCode::NotFound);
    CHECK(w == u);
    CHECK(w == m);
    CHECK(w == e);
    CHECK(w.second.find(d.code) == std::string::npos);
}

TEST_CASE("a store from before check codes gets one for every dossier on upgrade", "[check-code][migration]")
{
    test::TestStore s;
    s.now = test::at("2026-11-16 10:00");
    std::string code;
    {
        auto clerk = s.open("clerk");
        code = clerk->receive(request()).code;
        (void)clerk->receive(request());
    }
    {
        store::Database db(s.path(), store::OpenMode::ExistingReadWrite);
        test::rollBackTo(db, 10);  // before v11, the check code
    }
    auto clerk = s.open("clerk");  // opening migrates
    const auto d = clerk->dossier(code).dossier;
    REQUIRE(wellFormed(d.checkCode));
    CHECK(s.open("kiosk")->publicStatus(code, d.checkCode).code == code);
}
