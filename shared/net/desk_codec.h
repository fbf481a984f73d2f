// JSON for every value that crosses the Desk interface (docs/network-protocol.md): encode<T> and
// decode<T> for the requests and results of desk.h and the domain types inside them. Struct
// fields are listed once, in desk_codec_fields.h; instants are integers, dates {year, month, day},
// optionals null or absent, enums their stable names. Decoding is strict: a wrong type, a
// missing field, an out-of-range number, an unknown enum name or text that is not UTF-8 throws
// Error(InvalidInput) with a Vietnamese message naming the field — never a nlohmann exception.
#pragma once

#include "net/desk_codec_fields.h"

#include "domain/error.h"

#include <nlohmann/json.hpp>

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::net {

using Json = nlohmann::json;

// [SECTION] enum names

/// The stable wire names of an enum: `values` lists every value, `name` gives its name.
template <class E>
struct EnumNames;

[[nodiscard]] const char* calendarOverrideName(domain::CalendarOverride k);  // "holiday" | "workday"
[[nodiscard]] const char* dossierQueryKindName(service::DossierQuery::Kind k);  // "all" | "late" | …

template <class E, auto NameOf, E... Values>
struct EnumTable {
    static constexpr std::array values{Values...};
    static const char* name(E e) { return NameOf(e); }
};

// clang-format off
template <> struct EnumNames<domain::Channel> : EnumTable<domain::Channel, domain::channelName,
    domain::Channel::Direct, domain::Channel::Online, domain::Channel::Postal> {};
template <> struct EnumNames<domain::ApologyStatus> : EnumTable<domain::ApologyStatus, domain::apologyStatusName,
    domain::ApologyStatus::Draft, domain::ApologyStatus::Signed, domain::ApologyStatus::Void> {};
template <> struct EnumNames<domain::Rating> : EnumTable<domain::Rating, domain::ratingName,
    domain::Rating::VerySatisfied, domain::Rating::Satisfied, domain::Rating::Dissatisfied> {};
template <> struct EnumNames<domain::ApplicantKind> : EnumTable<domain::ApplicantKind, domain::applicantKindName,
    domain::ApplicantKind::Person, domain::ApplicantKind::Organisation> {};
template <> struct EnumNames<domain::Collection> : EnumTable<domain::Collection, domain::collectionName,
    domain::Collection::Counter, domain::Collection::Post, domain::Collection::Online> {};
template <> struct EnumNames<domain::PaperKind> : EnumTable<domain::PaperKind, domain::paperKindName,
    domain::PaperKind::Required, domain::PaperKind::Conditional, domain::PaperKind::Shown> {};
template <> struct EnumNames<domain::PaperForm> : EnumTable<domain::PaperForm, domain::paperFormName,
    domain::PaperForm::Original, domain::PaperForm::Copy, domain::PaperForm::CertifiedCopy> {};
template <> struct EnumNames<domain::DossierStatus> : EnumTable<domain::DossierStatus, domain::statusName,
    domain::DossierStatus::Received, domain::DossierStatus::Processing, domain::DossierStatus::WaitingSupplement,
    domain::DossierStatus::ResultReady, domain::DossierStatus::Returned, domain::DossierStatus::Refused,
    domain::DossierStatus::Withdrawn, domain::DossierStatus::Stopped> {};
template <> struct EnumNames<domain::TicketStatus> : EnumTable<domain::TicketStatus, domain::ticketStatusName,
    domain::TicketStatus::Pending, domain::TicketStatus::Waiting, domain::TicketStatus::Called,
    domain::TicketStatus::Skipped, domain::TicketStatus::Finished, domain::TicketStatus::Void> {};
template <> struct EnumNames<domain::Role> : EnumTable<domain::Role, domain::roleName,
    domain::Role::Kiosk, domain::Role::Staff, domain::Role::Officer, domain::Role::Supervisor, domain::Role::Admin> {};
template <> struct EnumNames<domain::SupplementRule> : EnumTable<domain::SupplementRule, domain::supplementRuleName,
    domain::SupplementRule::Pause, domain::SupplementRule::Restart> {};
template <> struct EnumNames<domain::QualityGroup> : EnumTable<domain::QualityGroup, domain::qualityGroupKey,
    domain::QualityGroup::Publicity, domain::QualityGroup::Progress, domain::QualityGroup::Online,
    domain::QualityGroup::Digitised, domain::QualityGroup::Satisfaction, domain::QualityGroup::Payment> {};
template <> struct EnumNames<domain::CalendarOverride> : EnumTable<domain::CalendarOverride, calendarOverrideName,
    domain::CalendarOverride::Holiday, domain::CalendarOverride::Workday> {};
template <> struct EnumNames<service::DossierQuery::Kind> : EnumTable<service::DossierQuery::Kind, dossierQueryKindName,
    service::DossierQuery::Kind::All, service::DossierQuery::Kind::Late, service::DossierQuery::Kind::AtRisk,
    service::DossierQuery::Kind::LateOrAtRisk, service::DossierQuery::Kind::ApologyDue> {};
template <> struct EnumNames<domain::AttachmentKind> : EnumTable<domain::AttachmentKind, domain::attachmentKindName,
    domain::AttachmentKind::Intake, domain::AttachmentKind::Result> {};
template <> struct EnumNames<domain::PaymentWay> : EnumTable<domain::PaymentWay, domain::paymentWayName,
    domain::PaymentWay::Cash, domain::PaymentWay::Transfer, domain::PaymentWay::Portal> {};
// clang-format on

// [SECTION] strict primitives (desk_codec.cpp)

/// `path` names the field in messages: "label", "request.papers[2].quantity".
[[noreturn]] void throwFieldError(std::string_view path, std::string_view problem);
[[noreturn]] void throwMissingField(std::string_view path);
[[nodiscard]] std::string childPath(std::string_view path, std::string_view name);
[[nodiscard]] std::string indexPath(std::string_view path, std::size_t index);

void decodeInto(const Json& j, std::string_view path, bool& out);
void decodeInto(const Json& j, std::string_view path, int& out);
void decodeInto(const Json& j, std::string_view path, std::int64_t& out);
void decodeInto(const Json& j, std::string_view path, double& out);
void decodeInto(const Json& j, std::string_view path, std::string& out);
/// Bytes as base64 (RFC 4648, with padding) and back; a bad base64 text throws naming `path`.
[[nodiscard]] std::string base64Encode(std::string_view bytes);
[[nodiscard]] std::string base64Decode(std::string_view text, std::string_view path);
/// Throws Error(InvalidInput) naming the first string (or object key) in `j` that is not UTF-8:
/// what a caller is about to send must be text JSON can carry, refused as the SQLite Desk refuses it.
void requireUtf8(const Json& j, std::string_view path);
/// The enum value named by the string `j`, or throws listing the valid names.
void decodeEnumName(const Json& j, std::string_view path, const std::vector<const char*>& names, std::size_t& index);

// [SECTION] generic encode and decode

namespace codec_detail {
template <class T>
struct IsOptional : std::false_type {};
template <class T>
struct IsOptional<std::optional<T>> : std::true_type {};
template <class T>
struct IsVector : std::false_type {};
template <class T>
struct IsVector<std::vector<T>> : std::true_type {};
template <class T>
struct IsStringMap : std::false_type {};
template <class T>
struct IsStringMap<std::map<std::string, T>> : std::true_type {};
template <class T>
concept Primitive = std::same_as<T, bool> || std::same_as<T, int> || std::same_as<T, std::int64_t> ||
                    std::same_as<T, double> || std::same_as<T, std::string>;
}  // namespace codec_detail

template <class T>
[[nodiscard]] Json encode(const T& value);
template <class T>
void decodeInto(const Json& j, std::string_view path, T& out);

/// Decodes `j` as a T; `path` names it in error messages.
template <class T>
[[nodiscard]] T decode(const Json& j, std::string_view path)
{
    T value{};
    decodeInto(j, path, value);
    return value;
}

/// Writes each visited member into a JSON object.
struct FieldWriter {
    Json& out;
    template <class M>
    void operator()(const char* name, const M& member)
    {
        out[name] = encode(member);
    }
};

/// Reads each visited member from a JSON object; an absent member is an error unless optional.
struct FieldReader {
    const Json& in;
    std::string_view path;
    template <class M>
    void operator()(const char* name, M& member) const
    {
        const auto it = in.find(name);
        if (it == in.end() || (codec_detail::IsOptional<M>::value && it->is_null())) {
            if constexpr (codec_detail::IsOptional<M>::value) {
                member.reset();
                return;
            } else {
                throwMissingField(childPath(path, name));
            }
        }
        decodeInto(*it, childPath(path, name), member);
    }
};

template <class T>
Json encode(const T& value)
{
    using namespace codec_detail;
    if constexpr (IsOptional<T>::value) {
        return value ? encode(*value) : Json(nullptr);
    } else if constexpr (IsVector<T>::value) {
        Json array = Json::array();
        for (const auto& item : value) array.push_back(encode(item));
        return array;
    } else if constexpr (IsStringMap<T>::value) {
        Json object = Json::object();
        for (const auto& [key, item] : value) object[key] = encode(item);
        return object;
    } else if constexpr (fields::IsBase64<T>::value) {
        return Json(base64Encode(*value.bytes));
    } else if constexpr (std::is_enum_v<T>) {
        return EnumNames<T>::name(value);
    } else if constexpr (Primitive<T>) {
        return Json(value);
    } else {
        Json object = Json::object();
        FieldWriter writer{object};
        fields::visit(writer, value);
        return object;
    }
}

template <class T>
void decodeInto(const Json& j, std::string_view path, T& out)
{
    using namespace codec_detail;
    if constexpr (IsOptional<T>::value) {
        if (j.is_null()) {
            out.reset();
        } else {
            out.emplace();
            decodeInto(j, path, *out);
        }
    } else if constexpr (IsVector<T>::value) {
        if (!j.is_array()) throwFieldError(path, "phải là một danh sách");
        out.clear();
        out.resize(j.size());
        for (std::size_t i = 0; i < j.size(); ++i) decodeInto(j[i], indexPath(path, i), out[i]);
    } else if constexpr (IsStringMap<T>::value) {
        if (!j.is_object()) throwFieldError(path, "phải là một đối tượng");
        out.clear();
        for (const auto& [key, item] : j.items()) {
            std::string checkedKey;
            decodeInto(Json(key), path, checkedKey);  // keys must be UTF-8 too
            decodeInto(item, childPath(path, key), out[checkedKey]);
        }
    } else if constexpr (fields::IsBase64<T>::value) {
        std::string text;
        decodeInto(j, path, text);
        *out.bytes = base64Decode(text, path);
    } else if constexpr (std::is_enum_v<T>) {
        static const std::vector<const char*> names = [] {
            std::vector<const char*> all;
            all.reserve(EnumNames<T>::values.size());
            for (const T e : EnumNames<T>::values) all.push_back(EnumNames<T>::name(e));
            return all;
        }();
        std::size_t index = 0;
        decodeEnumName(j, path, names, index);
        out = EnumNames<T>::values.at(index);
    } else if constexpr (std::same_as<T, domain::Date>) {
        if (!j.is_object()) throwFieldError(path, "phải là một ngày {year, month, day}");
        FieldReader reader{j, path};
        fields::visit(reader, out);
        if (!domain::isValidDate(out.year, out.month, out.day)) throwFieldError(path, "không phải một ngày có thật");
    } else {
        if (!j.is_object()) throwFieldError(path, "phải là một đối tượng");
        FieldReader reader{j, path};
        fields::visit(reader, out);
    }
}

}  // namespace motcua::net
