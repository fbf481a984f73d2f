// Who hands in a dossier (Mẫu 01, "Ông/Bà/Tổ chức"): a person with a CCCD number or an
// organisation with its enterprise/tax code, possibly through an authorised representative,
// with an e-mail, and how the result will be collected (counter, post, online).
#pragma once

#include <map>
#include <optional>
#include <string>
#include <string_view>

namespace motcua::domain {

enum class ApplicantKind { Person, Organisation };
[[nodiscard]] const char* applicantKindName(ApplicantKind k);  // "person" | "organisation"
[[nodiscard]] std::optional<ApplicantKind> parseApplicantKind(std::string_view name);

/// How the citizen will collect the result (Mẫu 01 "Nhận kết quả tại", Mẫu 07 "Phương thức").
enum class Collection { Counter, Post, Online };
[[nodiscard]] const char* collectionName(Collection c);   // "counter" | "post" | "online"
[[nodiscard]] const char* collectionLabel(Collection c);  // "Tại Bộ phận Một cửa" | …
[[nodiscard]] std::optional<Collection> parseCollection(std::string_view name);

/// The person who hands the dossier in on the applicant's behalf (Mẫu 01 "Trường hợp ủy quyền").
struct Representative {
    std::string name;
    std::string idNumber;       ///< CCCD, 12 digits
    std::string phone;
    std::string address;
    std::string authorisation;  ///< "Giấy ủy quyền số 12/GUQ ngày 01/11/2026"
    [[nodiscard]] bool empty() const
    {
        return name.empty() && idNumber.empty() && phone.empty() && address.empty() && authorisation.empty();
    }
    friend bool operator==(const Representative&, const Representative&) = default;
};

/// Enterprise / tax code (mã số doanh nghiệp, mã số thuế): 10 digits, or 13 written as
/// 10 digits, a dash and 3 digits ("0101234567-001").
[[nodiscard]] bool isValidTaxCode(std::string_view s);
/// 13 digits typed without the dash get it ("0101234567001" → "0101234567-001"); else unchanged.
[[nodiscard]] std::string normaliseTaxCode(std::string_view s);
/// name@domain.tld: one @, no spaces, a dot inside the domain, at most 254 characters.
[[nodiscard]] bool isValidEmail(std::string_view s);

/// The applicant part of an intake form, as typed.
struct ApplicantFields {
    ApplicantKind kind = ApplicantKind::Person;
    std::string name;
    std::string idNumber;  ///< CCCD or tax code, by kind
    std::string phone;
    std::string address;
    std::string email;
    Representative representative;
};

/// Every problem of the fields, by field key (name, id, phone, address, email, rep-name, rep-id,
/// rep-phone, rep-address, authorisation), each a Vietnamese message saying what to do. `strict`
/// (the counter form) also requires the identifier and the address. A representative, once any
/// of their fields is typed, needs a name, a CCCD and the authorisation.
[[nodiscard]] std::map<std::string, std::string> applicantProblems(const ApplicantFields& f, bool strict);
/// The fields trimmed and normalised (NFC, tax code with its dash). Call after applicantProblems
/// found nothing; throws Error(InvalidInput) otherwise.
[[nodiscard]] ApplicantFields cleanApplicant(const ApplicantFields& f);

}  // namespace motcua::domain
