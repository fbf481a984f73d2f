// The receipt's "Số điện thoại: …     Thư điện tử: …" line as a person writes it (session 7): a
// long e-mail moves to a line of its own, left-aligned, broken (if at all) only before its '@';
// no word gap on those lines stretched by justification. Read back word by word with
// pdftotext -bbox.
#include "support.h"
#include "office_context.h"

#include "documents/field_lines.h"
#include "documents/slips.h"

#include <catch2/catch.hpp>

#include <regex>

using namespace motcua;
using namespace motcua::documents;

namespace {

struct Word {
    double x0 = 0, y0 = 0, x1 = 0, y1 = 0;
    std::string text;
};

std::vector<Word> pageWords(const domain::DossierDetail& detail, Paper paper)
{
    testing::TempDir dir;
    const auto pdf = dir.file("receipt.pdf");
    domain::Procedure p;
    p.code = detail.dossier.procedureCode;
    p.name = detail.dossier.procedureName;
    p.papers = {{"Tờ khai đăng ký khai sinh (bản chính), 1", domain::PaperKind::Required}};
    writePdf(renderReceipt(testing::haTanContext(), detail, p, {2026, 7}, paper), pdf);
    const auto r = testing::run({"pdftotext", "-enc", "UTF-8", "-f", "1", "-l", "1", "-bbox", pdf, "-"});
    REQUIRE(r.status == 0);
    static const std::regex kWord(R"re(<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)</word>)re");
    std::vector<Word> words;
    for (std::sregex_iterator it(r.out.begin(), r.out.end(), kWord), end; it != end; ++it)
        words.push_back({std::stod((*it)[1]), std::stod((*it)[2]), std::stod((*it)[3]), std::stod((*it)[4]), (*it)[5]});
    return words;
}

domain::DossierDetail withContacts(const std::string& phone, const std::string& email)
{
    domain::DossierDetail detail;
    auto& d = detail.dossier;
    d.code = "000.00.20.H56-261123-0007";
    d.procedureCode = "1.001193";
    d.procedureName = "Đăng ký khai sinh";
    d.applicantName = "Nguyễn Thị Minh Khai";
    d.idNumber = "038095001234";
    d.phone = phone;
    d.email = email;
    d.receivedAt = *domain::parseLocalDateTime("2026-11-23 10:15");
    d.dueAt = d.originalDueAt = *domain::parseLocalDateTime("2026-11-23 17:00");
    return detail;
}

bool sameLine(const Word& a, const Word& b) { return std::abs(a.y0 - b.y0) < 1.0; }

/// The words from the phone number's label to the end of the e-mail, in reading order.
std::vector<Word> contactWords(const std::vector<Word>& words, const std::string& email)
{
    std::size_t first = 0;
    while (first + 2 < words.size() && !(words[first].text == "Số" && words[first + 1].text == "điện" &&
                                         words[first + 2].text == "thoại:"))
        ++first;
    REQUIRE(first + 2 < words.size());
    std::vector<Word> out;
    std::string tail;
    for (std::size_t i = first; i < words.size(); ++i) {
        out.push_back(words[i]);
        if (out.size() > 5 && email.find(words[i].text) != std::string::npos) tail += words[i].text;
        if (tail == email) break;
    }
    REQUIRE(tail == email);
    return out;
}

/// No gap between two words of one line wider than a third of the line's height (a space is
/// about a fifth; justification stretched these to nearly half), the gap between fields aside.
void checkUnstretched(const std::vector<Word>& line)
{
    for (std::size_t i = 1; i < line.size(); ++i) {
        if (!sameLine(line[i - 1], line[i]) || line[i].text == "Thư") continue;
        const double gap = line[i].x0 - line[i - 1].x1;
        INFO(line[i - 1].text << " | " << line[i].text << ": gap " << gap);
        CHECK(gap < (line[i].y1 - line[i].y0) / 3);
    }
}

/// The e-mail as printed, one piece per line.
std::vector<std::string> emailPieces(const std::vector<Word>& contact, const std::string& email)
{
    std::vector<std::string> pieces;
    for (const auto& w : contact)
        if (w.text.size() > 4 && email.find(w.text) != std::string::npos) pieces.push_back(w.text);
    return pieces;
}

}  // namespace

TEST_CASE("receipt: a long e-mail takes its own left-aligned line, no word gap stretched, broken only before '@'")
{
    const std::string email = "nguyen.thi.minh.khai.phuong.2026@congthongtin.example.gov.vn";
    for (const auto paper : {Paper::A5, Paper::A4}) {
        INFO((paper == Paper::A5 ? "A5" : "A4"));
        const auto contact = contactWords(pageWords(withContacts("0912345678", email), paper), email);
        checkUnstretched(contact);
        const auto pieces = emailPieces(contact, email);
        REQUIRE(!pieces.empty());
        CHECK(pieces.front().rfind("nguyen.", 0) == 0);
        for (std::size_t i = 1; i < pieces.size(); ++i) CHECK(pieces[i].front() == '@');
    }
    // One too long for any line breaks before its '@', and nowhere else.
    const std::string longer = "phong.tai.nguyen.va.moi.truong.xa.ha.tan.tinh.ha.tinh@congthongtin.dich-vu-cong.example.gov.vn";
    const auto contact = contactWords(pageWords(withContacts("0912345678", longer), Paper::A5), longer);
    checkUnstretched(contact);
    const auto pieces = emailPieces(contact, longer);
    REQUIRE(pieces.size() == 2);
    CHECK(pieces[0] == "phong.tai.nguyen.va.moi.truong.xa.ha.tan.tinh.ha.tinh");
    CHECK(pieces[1] == "@congthongtin.dich-vu-cong.example.gov.vn");
}

TEST_CASE("receipt: a phone and a short e-mail share one line")
{
    const std::string email = "ketoan@xaydunghatan.vn";
    const auto contact = contactWords(pageWords(withContacts("0912345678", email), Paper::A5), email);
    REQUIRE(contact.size() == 8);  // Số điện thoại: 0912345678 Thư điện tử: ketoan@…
    CHECK(sameLine(contact.front(), contact.back()));
    checkUnstretched(contact);
}

TEST_CASE("template fields: cut at runs of three or more spaces, shorter runs kept inside a field")
{
    const auto f = templateFields("Số điện thoại: {phone}     Thư điện tử:  {email}");
    REQUIRE(f.size() == 2);
    CHECK(f[0].gap.empty());
    CHECK(f[0].text == "Số điện thoại: {phone}");
    CHECK(f[1].gap == "     ");
    CHECK(f[1].text == "Thư điện tử:  {email}");
    CHECK(templateFields("Địa chỉ: {address}").size() == 1);
    CHECK(templateFields("   lùi vào đầu dòng").size() == 1);
    CHECK(templateFields("cuối dòng có khoảng trắng   ").size() == 1);
    CHECK(breakableEmail("a.b@c-d.vn") == "a.\u2060b\u200b@c-\u2060d.\u2060vn");
    CHECK(unbrokenEmail("a.b@c-d.vn") == "a.\u2060b\u2060@c-\u2060d.\u2060vn");
}
