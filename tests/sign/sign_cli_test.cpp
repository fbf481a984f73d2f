// `motcua sign` and `render … --sign` end to end: the real binary, a SoftHSM2 token per test, the
// PIN from MOTCUA_PIN; on every refusal nothing is written.
#include "test_token.h"

#include "sign/sign.h"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace motcua;
using namespace motcua::clitest;
using namespace motcua::signtest;

namespace {

std::vector<std::string> signArgs(const std::string& in, const std::string& out)
{
    return {"sign", "--in", in, "--out", out, "--pkcs11-module", kSoftHsmModule, "--token", kTokenLabel};
}

Env withPin(const TestToken& t, const std::string& pin)
{
    auto env = t.env();
    env.emplace_back("MOTCUA_PIN", pin);
    return env;
}

}  // namespace

TEST_CASE("motcua sign writes a PDF that pdfsig finds valid, signed by the token's holder")
{
    const TestToken t;
    writeFile(t.dir().file("slip.pdf"), twoPagePdf());
    auto args = signArgs(t.dir().file("slip.pdf"), t.dir().file("signed.pdf"));
    args.push_back("--json");
    const auto r = runMotcua(args, withPin(t, kPin));
    INFO(describe(args, r));
    REQUIRE(r.exitCode == 0);
    const auto j = Json::parse(r.out);
    CHECK(j["signer"] == kSignerName);
    CHECK(j["sha256"].get<std::string>().size() == 64);
    // The PIN is never echoed back.
    CHECK(r.out.find(kPin) == std::string::npos);
    CHECK(r.err.find(kPin) == std::string::npos);
    const auto report = pdfsig(t.dir().file("signed.pdf"));
    INFO(report.text);
    CHECK(report.valid());
}

TEST_CASE("motcua sign with a wrong PIN or a bad input writes nothing and says why in Vietnamese")
{
    const TestToken t;
    writeFile(t.dir().file("slip.pdf"), twoPagePdf());
    writeFile(t.dir().file("note.pdf"), "không phải PDF");
    const auto before = snapshot(t.dir().path());

    const auto wrong = runMotcua(signArgs(t.dir().file("slip.pdf"), t.dir().file("out.pdf")), withPin(t, "999999"));
    CHECK(wrong.exitCode != 0);
    CHECK(wrong.err.find("Mã PIN không đúng") != std::string::npos);
    CHECK(wrong.err.find("999999") == std::string::npos);

    const auto notPdf = runMotcua(signArgs(t.dir().file("note.pdf"), t.dir().file("out.pdf")), withPin(t, kPin));
    CHECK(notPdf.exitCode != 0);
    CHECK(notPdf.err.find("không phải PDF") != std::string::npos);

    auto badModule = signArgs(t.dir().file("slip.pdf"), t.dir().file("out.pdf"));
    badModule[6] = t.dir().file("khong-co.so");
    const auto noModule = runMotcua(badModule, withPin(t, kPin));
    CHECK(noModule.exitCode != 0);
    CHECK(noModule.err.find("Không nạp được thư viện PKCS#11") != std::string::npos);
    CHECK(splitLines(noModule.err).size() == 1);

    auto otherToken = signArgs(t.dir().file("slip.pdf"), t.dir().file("out.pdf"));
    otherToken[8] = "khong-co";
    const auto noToken = runMotcua(otherToken, withPin(t, kPin));
    CHECK(noToken.exitCode != 0);
    CHECK(noToken.err.find("Không thấy thiết bị ký số") != std::string::npos);

    // The token's own files change on a login attempt; the documents folder must not.
    auto after = snapshot(t.dir().path());
    std::erase_if(after, [](const auto& kv) { return kv.first.rfind("tokens", 0) == 0; });
    auto beforeDocs = before;
    std::erase_if(beforeDocs, [](const auto& kv) { return kv.first.rfind("tokens", 0) == 0; });
    CHECK(firstDifference(beforeDocs, after).empty());
}

TEST_CASE("render apology --sign signs a signed slip, never a draft, and apology deliver --copy records it")
{
    const TestToken t;
    const auto office = Office::createDemo(t.dir().file("x.db"));
    const auto slips = office.json("2026-11-23 10:20", {"apology", "list"});
    REQUIRE(slips.is_array());
    const auto draftSlip = std::find_if(slips.begin(), slips.end(), [](const Json& a) { return a["status"] == "draft"; });
    REQUIRE(draftSlip != slips.end());
    const auto id = std::to_string((*draftSlip)["id"].get<long long>());
    const auto out = t.dir().file("apology.pdf");
    // A draft says "not for the citizen" on its face: it is not signed, nothing is written.
    const auto draft = office.argv("2026-11-23 10:20", {"render", "apology", "--id", id, "--out", out, "--sign",
                                                        "--pkcs11-module", kSoftHsmModule}, "", false);
    const auto refused = runMotcua(draft, withPin(t, kPin));
    CHECK(refused.exitCode != 0);
    CHECK(refused.err.find("chưa được lãnh đạo ký duyệt") != std::string::npos);
    CHECK_FALSE(fileExists(out));
    (void)office.json("2026-11-23 10:20", {"apology", "sign", "--id", id, "--reason", "Chờ xác minh tại Sở Tư pháp",
                                           "--new-due", "2026-12-04 10:00"});

    const auto args = office.argv("2026-11-23 10:20",
                                                {"render", "apology", "--id", id, "--out", out, "--sign", "--pkcs11-module",
                                                 kSoftHsmModule, "--position", "Chủ tịch UBND xã"},
                                                "", false);
    const auto r = runMotcua(args, withPin(t, kPin));
    INFO(describe(args, r));
    REQUIRE(r.exitCode == 0);
    const auto report = pdfsig(out);
    INFO(report.text);
    CHECK(report.valid());
    const auto delivered = office.json("2026-11-23 10:30", {"apology", "deliver", "--id", id, "--how", "Gửi thư điện tử",
                                                            "--copy", out});
    CHECK(delivered["delivered_copy_sha256"] == sign::sha256Hex(readFile(out)));
}
