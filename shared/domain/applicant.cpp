#include "domain/applicant.h"

#include "domain/error.h"
#include "domain/text.h"

#include <algorithm>

namespace motcua::domain {

namespace {

bool allDigits(std::string_view s)
{
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

bool blank(std::string_view s) { return s.find_first_not_of(" \t") == std::string_view::npos; }

/// cleanText's complaint about a field, or "" when it is fine.
std::string textProblem(std::string_view value, std::string_view label, std::size_t maxChars)
{
    try {
        (void)cleanText(value, label, maxChars, true);
        return {};
    } catch (const Error& e) {
        return e.what();
    }
}

void checkText(std::map<std::string, std::string>& out, const char* key, std::string_view value, std::string_view label,
               std::size_t maxChars, const char* ifEmpty)
{
    if (ifEmpty && blank(value)) out[key] = ifEmpty;
    else if (auto m = textProblem(value, label, maxChars); !m.empty()) out[key] = std::move(m);
}

void checkRepresentative(std::map<std::string, std::string>& out, const Representative& r)
{
    if (r.empty()) return;
    checkText(out, "rep-name", r.name, "Họ tên người được ủy quyền", 100, "Chưa nhập họ tên người được ủy quyền");
    if (blank(r.idNumber)) out["rep-id"] = "Chưa nhập số CCCD của người được ủy quyền (12 chữ số)";
    else if (!isValidIdNumber(r.idNumber))
        out["rep-id"] = "Số CCCD của người được ủy quyền phải gồm đúng 12 chữ số (đang có " + std::to_string(r.idNumber.size()) + " ký tự)";
    if (!r.phone.empty() && !isValidPhone(r.phone))
        out["rep-phone"] = "Số điện thoại người được ủy quyền phải gồm 10 chữ số, bắt đầu bằng 0";
    checkText(out, "rep-address", r.address, "Địa chỉ người được ủy quyền", 300, nullptr);
    checkText(out, "authorisation", r.authorisation, "Văn bản ủy quyền", 300,
              "Chưa ghi văn bản ủy quyền (ví dụ: Giấy ủy quyền số 12/GUQ ngày 01/11/2026)");
}

}  // namespace

std::map<std::string, std::string> applicantProblems(const ApplicantFields& f, bool strict)
{
    std::map<std::string, std::string> out;
    const bool org = f.kind == ApplicantKind::Organisation;
    checkText(out, "name", f.name, org ? "Tên tổ chức" : "Họ tên người nộp", org ? 200 : 100,
              org ? "Chưa nhập tên tổ chức" : "Chưa nhập họ tên người nộp hồ sơ");
    if (org) {
        const std::string code = normaliseTaxCode(f.idNumber);
        if (code.empty()) {
            if (strict) out["id"] = "Chưa nhập mã số doanh nghiệp/mã số thuế của tổ chức (10 chữ số, hoặc 13 dạng 0101234567-001)";
        } else if (!isValidTaxCode(code)) {
            out["id"] = "Mã số doanh nghiệp/mã số thuế phải gồm 10 chữ số, hoặc 13 chữ số dạng 0101234567-001";
        }
    } else if (f.idNumber.empty()) {
        if (strict) out["id"] = "Chưa nhập số định danh cá nhân (CCCD, 12 chữ số)";
    } else if (!isValidIdNumber(f.idNumber)) {
        out["id"] = "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số (đang có " + std::to_string(f.idNumber.size()) + " ký tự)";
    }
    if (!f.phone.empty() && !isValidPhone(f.phone))
        out["phone"] = "Số điện thoại phải gồm 10 chữ số, bắt đầu bằng 0 (hoặc +84 và 9 chữ số)";
    checkText(out, "address", f.address, "Địa chỉ", 300,
              strict ? (org ? "Chưa nhập địa chỉ trụ sở của tổ chức" : "Chưa nhập địa chỉ thường trú") : nullptr);
    if (!f.email.empty() && !isValidEmail(f.email))
        out["email"] = "Thư điện tử \"" + f.email + "\" không đúng dạng: cần tên@tên miền có dấu chấm, ví dụ an@gmail.com";
    checkRepresentative(out, f.representative);
    return out;
}

ApplicantFields cleanApplicant(const ApplicantFields& f)
{
    const auto problems = applicantProblems(f, false);
    if (!problems.empty()) {
        std::string all;
        for (const auto& [key, message] : problems) all += (all.empty() ? "" : "; ") + message;
        throw Error(ErrorCode::InvalidInput, all);
    }
    ApplicantFields c = f;
    const bool org = f.kind == ApplicantKind::Organisation;
    c.name = cleanText(f.name, org ? "Tên tổ chức" : "Họ tên người nộp", org ? 200 : 100);
    c.idNumber = org ? normaliseTaxCode(f.idNumber) : f.idNumber;
    c.address = cleanText(f.address, "Địa chỉ", 300, true);
    auto& r = c.representative;
    r.name = cleanText(r.name, "Họ tên người được ủy quyền", 100, true);
    r.address = cleanText(r.address, "Địa chỉ người được ủy quyền", 300, true);
    r.authorisation = cleanText(r.authorisation, "Văn bản ủy quyền", 300, true);
    return c;
}

const char* applicantKindName(ApplicantKind k) { return k == ApplicantKind::Organisation ? "organisation" : "person"; }

std::optional<ApplicantKind> parseApplicantKind(std::string_view name)
{
    if (name == "person") return ApplicantKind::Person;
    if (name == "organisation") return ApplicantKind::Organisation;
    return std::nullopt;
}

const char* collectionName(Collection c)
{
    switch (c) {
    case Collection::Post: return "post";
    case Collection::Online: return "online";
    case Collection::Counter: break;
    }
    return "counter";
}

const char* collectionLabel(Collection c)
{
    switch (c) {
    case Collection::Post: return "Qua dịch vụ bưu chính công ích";
    case Collection::Online: return "Trực tuyến (Cổng Dịch vụ công)";
    case Collection::Counter: break;
    }
    return "Tại Bộ phận Một cửa";
}

std::optional<Collection> parseCollection(std::string_view name)
{
    if (name == "counter") return Collection::Counter;
    if (name == "post") return Collection::Post;
    if (name == "online") return Collection::Online;
    return std::nullopt;
}

bool isValidTaxCode(std::string_view s)
{
    if (s.size() == 10) return allDigits(s);
    return s.size() == 14 && allDigits(s.substr(0, 10)) && s[10] == '-' && allDigits(s.substr(11));
}

std::string normaliseTaxCode(std::string_view s)
{
    if (s.size() == 13 && allDigits(s)) return std::string(s.substr(0, 10)) + "-" + std::string(s.substr(10));
    return std::string(s);
}

bool isValidEmail(std::string_view s)
{
    if (s.empty() || s.size() > 254) return false;
    if (std::any_of(s.begin(), s.end(), [](char c) { return c == ' ' || c == '\t' || c == ',' || c == ';' || c == '<' || c == '>'; }))
        return false;
    const auto at = s.find('@');
    if (at == 0 || at == std::string_view::npos || s.find('@', at + 1) != std::string_view::npos) return false;
    const auto domainPart = s.substr(at + 1);
    const auto dot = domainPart.find('.');
    return dot != std::string_view::npos && dot > 0 && domainPart.back() != '.' && domainPart.find("..") == std::string_view::npos;
}

}  // namespace motcua::domain
