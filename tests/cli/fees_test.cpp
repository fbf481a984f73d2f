// Fees and payment from the command line (issue 16): `case receive --fee`, `case fees`, `case pay`,
// `case fee-correct|fee-waive`, `qr vietqr` (its payload checked field by field and by its CRC),
// the return blocked while a fee is owed, each bad input refused with the store unchanged, and the
// report's fee figures and indicator 3.6.
#include "cli_runner.h"

#include <catch2/catch.hpp>

#include <cstdio>
#include <map>

using namespace motcua::clitest;

namespace {

const std::string kNow = "2026-11-23 10:15";
const std::string kFeeProcedure = "1.000689";  // 15 000 đ in the demo catalog

/// CRC-16/CCITT-FALSE, written out here again so the test does not trust the code it checks.
unsigned crc16(const std::string& s)
{
    unsigned crc = 0xFFFF;
    for (const char ch : s) {
        crc ^= static_cast<unsigned>(static_cast<unsigned char>(ch)) << 8;
        for (int i = 0; i < 8; ++i) crc = (crc & 0x8000) ? ((crc << 1) ^ 0x1021) & 0xFFFF : (crc << 1) & 0xFFFF;
    }
    return crc;
}

std::map<std::string, std::string> emv(const std::string& s)
{
    std::map<std::string, std::string> m;
    for (std::size_t i = 0; i + 4 <= s.size();) {
        const auto len = static_cast<std::size_t>(std::stoi(s.substr(i + 2, 2)));
        m[s.substr(i, 2)] = s.substr(i + 4, len);
        i += 4 + len;
    }
    return m;
}

void refusedUnchanged(const Office& o, const std::vector<std::string>& args, const std::string& as = "")
{
    const auto before = o.state();
    const auto a = o.argv(kNow, args, as, false);
    const auto r = o.runArgv(a);
    INFO(describe(a, r));
    CHECK(r.exitCode != 0);
    CHECK(r.out.empty());
    CHECK(r.err.rfind("motcua: ", 0) == 0);
    CHECK(firstDifference(before, o.state()) == "");
}

}  // namespace

TEST_CASE("fees: owed from the catalog, VietQR for it, paid once, then the result goes back", "[cli][fees]")
{
    TempDir dir;
    const auto o = Office::createDemo(dir.file("office.db"), kNow);
    const auto d = o.json(kNow, {"case", "receive", "--procedure", kFeeProcedure, "--applicant", "Trần Thị Bình",
                                 "--id-number", "038095001234"});
    const std::string code = d["code"];
    auto fees = o.json(kNow, {"case", "fees", "--code", code});
    REQUIRE(fees["lines"].size() == 1);
    CHECK(fees["owed"] == 15000);
    CHECK(fees["lines"][0]["owing"] == true);

    refusedUnchanged(o, {"qr", "vietqr", "--code", code});  // no office account yet
    refusedUnchanged(o, {"setting", "set", "--key", "payment.bank_bin", "--value", "97041"});
    for (const auto& [k, v] : std::map<std::string, std::string>{
             {"payment.bank_bin", "970415"}, {"payment.account", "113366668888"}, {"payment.account_name", "UBND XA AN BINH"}})
        REQUIRE(o.run(kNow, {"setting", "set", "--key", k, "--value", v}).exitCode == 0);
    const auto qr = o.run(kNow, {"qr", "vietqr", "--code", code});
    REQUIRE(qr.exitCode == 0);
    const std::string payload = qr.out.substr(0, qr.out.find('\n'));
    const auto f = emv(payload);
    CHECK(f.at("54") == "15000");
    CHECK(f.at("53") == "704");
    CHECK(f.at("58") == "VN");
    CHECK(emv(emv(f.at("38")).at("01")).at("00") == "970415");
    CHECK(emv(f.at("62")).at("08") == code);
    char crc[5];
    std::snprintf(crc, sizeof crc, "%04X", crc16(payload.substr(0, payload.size() - 4)));
    CHECK(payload.substr(payload.size() - 4) == crc);

    // The printed receipt (A5 PNG) and the 58 mm thermal raster (203 dpi) carry the same VietQR.
    for (const char* paper : {"a5", "58"}) {
        INFO(paper);
        const auto png = dir.file(std::string("receipt-") + paper + ".png");
        REQUIRE(o.run(kNow, {"render", "receipt", "--code", code, "--paper", paper, "--out", png}).exitCode == 0);
        const auto z = runProgram("/usr/bin/zbarimg", {"--quiet", "--raw", "-Sdisable", "-Sqrcode.enable", png});
        INFO(z.err);
        CHECK(z.out.find(payload) != std::string::npos);
    }

    REQUIRE(o.run(kNow, {"case", "result", "--code", code}).exitCode == 0);
    refusedUnchanged(o, {"case", "return", "--code", code});
    refusedUnchanged(o, {"case", "pay", "--code", code, "--line", "1", "--way", "transfer"});  // no --ref
    refusedUnchanged(o, {"case", "pay", "--code", code, "--line", "1", "--way", "transfer", "--ref", "x;DROP"});
    refusedUnchanged(o, {"case", "pay", "--code", code, "--line", "7", "--way", "cash"});
    refusedUnchanged(o, {"case", "pay", "--code", code, "--line", "1", "--way", "bitcoin"});
    const auto paid = o.json(kNow, {"case", "pay", "--code", code, "--line", "1", "--way", "transfer", "--ref", "FT26331XYZ"});
    CHECK(paid["paid"]["way"] == "transfer");
    CHECK(paid["paid"]["ref"] == "FT26331XYZ");
    refusedUnchanged(o, {"case", "pay", "--code", code, "--line", "1", "--way", "cash"});  // twice
    refusedUnchanged(o, {"qr", "vietqr", "--code", code});                                  // nothing owed
    REQUIRE(o.run(kNow, {"case", "return", "--code", code}).exitCode == 0);

    const auto report = o.json(kNow, {"report", "--from", "2026-11-23", "--to", "2026-11-23"});
    CHECK(report["fees"]["by_way"]["transfer"].get<long long>() >= 15000);
    bool found = false;
    for (const auto& i : report["quality"]["indicators"])
        if (i["indicator"] == "3.6") {
            found = true;
            CHECK(i["rate"].is_number());
            CHECK(i.contains("portal_only_rate"));
        }
    CHECK(found);
}

TEST_CASE("fees: lines confirmed at intake, exemption, a supervisor's correction and waiver", "[cli][fees]")
{
    TempDir dir;
    const auto o = Office::createDemo(dir.file("office.db"), kNow);
    refusedUnchanged(o, {"case", "receive", "--procedure", kFeeProcedure, "--applicant", "Lê Văn Cường", "--fee", "-5"});
    refusedUnchanged(o, {"case", "receive", "--procedure", kFeeProcedure, "--applicant", "Lê Văn Cường", "--fee", "999999999"});
    const auto exempt = o.json(kNow, {"case", "receive", "--procedure", kFeeProcedure, "--applicant", "Lê Văn Cường",
                                      "--fee-exempt", "Hộ nghèo"});
    CHECK(o.json(kNow, {"case", "fees", "--code", exempt["code"]})["owed"] == 0);
    const auto two = o.json(kNow, {"case", "receive", "--procedure", kFeeProcedure, "--applicant", "Đỗ Thị Dung", "--fee",
                                   "15000", "--fee", "8000:Bản sao trích lục"});
    const std::string code = two["code"];
    CHECK(o.json(kNow, {"case", "fees", "--code", code})["owed"] == 23000);
    REQUIRE(o.run(kNow, {"case", "pay", "--code", code, "--line", "2", "--way", "cash"}).exitCode == 0);
    refusedUnchanged(o, {"case", "fee-correct", "--code", code, "--line", "2", "--reason", "Nhầm"}, "motcua1");
    const auto corrected = o.json(kNow, {"case", "fee-correct", "--code", code, "--line", "2", "--reason", "Ghi nhầm"}, "lanhdao");
    CHECK(corrected["paid"].is_null());
    refusedUnchanged(o, {"case", "fee-waive", "--code", code, "--line", "1", "--reason", "Hộ nghèo"}, "motcua1");
    const auto waived = o.json(kNow, {"case", "fee-waive", "--code", code, "--line", "1", "--reason", "Hộ nghèo"}, "lanhdao");
    CHECK(waived["waived"]["by"] == "lanhdao");
    CHECK(o.json(kNow, {"case", "fees", "--code", code})["owed"] == 8000);
    REQUIRE(o.run(kNow, {"case", "withdraw", "--code", code}).exitCode == 0);
    refusedUnchanged(o, {"case", "pay", "--code", code, "--line", "2", "--way", "cash"});  // withdrawn
}
