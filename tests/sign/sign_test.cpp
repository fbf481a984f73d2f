// motcua::sign against SoftHSM2: a 2-page slip signed on the token passes pdfsig (valid, whole
// document signed, the signer's name); one changed byte fails it; every refusal says why.
#include "test_token.h"

#include "sign/sign.h"

#include <catch2/catch.hpp>

using namespace motcua;
using namespace motcua::signtest;

namespace {

sign::SignOptions optionsFor(const std::string& tokenLabel = kTokenLabel)
{
    sign::SignOptions o;
    o.token.modulePath = kSoftHsmModule;
    o.token.tokenLabel = tokenLabel;
    o.position = "Trưởng Bộ phận Một cửa";
    o.signedAt = 1'795'000'000;
    return o;
}

sign::SignFailure failureOf(const std::function<void()>& f)
{
    try {
        f();
    } catch (const sign::SignError& e) {
        return e.failure();
    }
    FAIL("no SignError");
    return sign::SignFailure::Failed;
}

}  // namespace

TEST_CASE("a two-page slip signed on the token passes pdfsig with the signer's name")
{
    const TestToken token;
    const std::string original = twoPagePdf();
    const auto s = sign::signPdf(original, optionsFor(), kPin);
    CHECK(s.signerName == kSignerName);
    CHECK(s.sha256 == sign::sha256Hex(s.pdf));
    // An incremental update: the original bytes are untouched at the front.
    REQUIRE(s.pdf.size() > original.size());
    CHECK(s.pdf.compare(0, original.size(), original) == 0);
    CHECK(s.pdf.find("/ETSI.CAdES.detached") != std::string::npos);

    const auto path = token.dir().file("signed.pdf");
    clitest::writeFile(path, s.pdf);
    const auto report = pdfsig(path);
    INFO(report.text);
    CHECK(report.valid());
    CHECK(report.text.find(std::string("Signer Certificate Common Name: ") + kSignerName) != std::string::npos);
    CHECK(report.text.find("ETSI.CAdES.detached") != std::string::npos);
}

TEST_CASE("one changed byte of the signed range makes pdfsig fail")
{
    const TestToken token;
    auto s = sign::signPdf(twoPagePdf(), optionsFor(), kPin);
    // A letter of the producer's name in the original part: the file still parses, the digest not.
    const auto at = s.pdf.find("cairo");
    REQUIRE(at != std::string::npos);
    s.pdf[at] = 'C';
    const auto path = token.dir().file("changed.pdf");
    clitest::writeFile(path, s.pdf);
    const auto report = pdfsig(path);
    INFO(report.text);
    CHECK_FALSE(report.valid());
    CHECK(report.text.find("Signature Validation: Digest Mismatch.") != std::string::npos);
}

TEST_CASE("the token refuses a wrong PIN, a missing token, key or module, and a file that is no PDF")
{
    const TestToken token;
    const auto pdf = twoPagePdf();
    CHECK(failureOf([&] { (void)sign::signPdf(pdf, optionsFor(), "000000"); }) == sign::SignFailure::WrongPin);
    CHECK(failureOf([&] { (void)sign::signPdf(pdf, optionsFor(), ""); }) == sign::SignFailure::WrongPin);
    CHECK(failureOf([&] { (void)sign::signPdf(pdf, optionsFor("khong-co"), kPin); }) == sign::SignFailure::NoToken);
    auto noKey = optionsFor();
    noKey.token.keyLabel = "khoa-khac";
    CHECK(failureOf([&] { (void)sign::signPdf(pdf, noKey, kPin); }) == sign::SignFailure::NoKey);
    auto noModule = optionsFor();
    noModule.token.modulePath = token.dir().file("khong-co.so");
    CHECK(failureOf([&] { (void)sign::signPdf(pdf, noModule, kPin); }) == sign::SignFailure::NoModule);
    CHECK(failureOf([&] { (void)sign::signPdf("xin chào", optionsFor(), kPin); }) == sign::SignFailure::BadPdf);
    CHECK(failureOf([&] { (void)sign::signPdf(pdf.substr(0, pdf.size() / 3), optionsFor(), kPin); }) ==
          sign::SignFailure::BadPdf);
    // After all that the right PIN still works: the wrong ones did not lock the token.
    CHECK_NOTHROW(sign::signPdf(pdf, optionsFor(), kPin));
}

TEST_CASE("an encrypted PDF is refused before it is signed")
{
    const TestToken token;
    const auto locked = encryptedPdf(twoPagePdf());
    REQUIRE(locked.find("/Encrypt") != std::string::npos);
    CHECK(failureOf([&] { (void)sign::signPdf(locked, optionsFor(), kPin); }) == sign::SignFailure::BadPdf);
}
