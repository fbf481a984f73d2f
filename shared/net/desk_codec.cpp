// The strict primitive decoders of desk_codec.h and the wire names of enums the domain does not name.
#include "net/desk_codec.h"

#include "domain/error.h"
#include "domain/text.h"

#include <sodium.h>

#include <limits>

namespace motcua::net {

const char* calendarOverrideName(domain::CalendarOverride k)
{
    return k == domain::CalendarOverride::Workday ? "workday" : "holiday";
}

const char* dossierQueryKindName(service::DossierQuery::Kind k)
{
    using Kind = service::DossierQuery::Kind;
    switch (k) {
    case Kind::All: return "all";
    case Kind::Late: return "late";
    case Kind::AtRisk: return "at_risk";
    case Kind::LateOrAtRisk: return "late_or_at_risk";
    case Kind::ApologyDue: return "apology_due";
    }
    return "all";
}

void throwFieldError(std::string_view path, std::string_view problem)
{
    throw Error(ErrorCode::InvalidInput, "Trường \"" + std::string(path) + "\" " + std::string(problem));
}

void throwMissingField(std::string_view path)
{
    throw Error(ErrorCode::InvalidInput, "Thiếu trường \"" + std::string(path) + "\"");
}

std::string childPath(std::string_view path, std::string_view name)
{
    if (path.empty()) return std::string(name);
    return std::string(path) + "." + std::string(name);
}

std::string indexPath(std::string_view path, std::size_t index)
{
    return std::string(path) + "[" + std::to_string(index) + "]";
}

void decodeInto(const Json& j, std::string_view path, bool& out)
{
    if (!j.is_boolean()) throwFieldError(path, "phải là true hoặc false");
    out = j.get<bool>();
}

void decodeInto(const Json& j, std::string_view path, std::int64_t& out)
{
    if (!j.is_number_integer()) throwFieldError(path, "phải là một số nguyên");
    if (j.is_number_unsigned() && j.get<std::uint64_t>() > static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max()))
        throwFieldError(path, "là một số quá lớn");
    out = j.get<std::int64_t>();
}

void decodeInto(const Json& j, std::string_view path, int& out)
{
    std::int64_t wide = 0;
    decodeInto(j, path, wide);
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max())
        throwFieldError(path, "là một số nằm ngoài khoảng cho phép");
    out = static_cast<int>(wide);
}

void decodeInto(const Json& j, std::string_view path, double& out)
{
    if (!j.is_number()) throwFieldError(path, "phải là một số");
    out = j.get<double>();
}

void decodeInto(const Json& j, std::string_view path, std::string& out)
{
    if (!j.is_string()) throwFieldError(path, "phải là chuỗi");
    const auto& text = j.get_ref<const std::string&>();
    if (!domain::isValidUtf8(text)) throwFieldError(path, "không phải văn bản UTF-8 hợp lệ");
    out = text;
}

std::string base64Encode(std::string_view bytes)
{
    constexpr int kVariant = sodium_base64_VARIANT_ORIGINAL;
    std::string out(sodium_base64_encoded_len(bytes.size(), kVariant), '\0');
    sodium_bin2base64(out.data(), out.size(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      kVariant);
    out.pop_back();  // the terminating NUL sodium writes
    return out;
}

std::string base64Decode(std::string_view text, std::string_view path)
{
    std::string out(text.size() / 4 * 3 + 3, '\0');
    std::size_t len = 0;
    const char* end = nullptr;
    // `text` is this function's parameter and outlives the call; cppcheck confuses it with a
    // local of the same name in desk_codec.h.
    // cppcheck-suppress invalidLifetime
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &len, &end, sodium_base64_VARIANT_ORIGINAL) != 0 ||
        end != text.data() + text.size())
        throwFieldError(path, "không phải dữ liệu base64 hợp lệ");
    out.resize(len);
    return out;
}

void requireUtf8(const Json& j, std::string_view path)
{
    if (j.is_string()) {
        if (!domain::isValidUtf8(j.get_ref<const std::string&>())) throwFieldError(path, "không phải văn bản UTF-8 hợp lệ");
    } else if (j.is_array()) {
        for (std::size_t i = 0; i < j.size(); ++i) requireUtf8(j[i], indexPath(path, i));
    } else if (j.is_object()) {
        for (const auto& [key, item] : j.items()) {
            if (!domain::isValidUtf8(key)) throwFieldError(path, "có tên trường không phải UTF-8");
            requireUtf8(item, childPath(path, key));
        }
    }
}

void decodeEnumName(const Json& j, std::string_view path, const std::vector<const char*>& names, std::size_t& index)
{
    std::string list;
    for (const char* n : names) list += (list.empty() ? "" : ", ") + std::string(n);
    if (!j.is_string()) throwFieldError(path, "phải là một trong: " + list);
    const auto& text = j.get_ref<const std::string&>();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (text == names[i]) {
            index = i;
            return;
        }
    }
    throwFieldError(path, "có giá trị không hợp lệ; chọn một trong: " + list);
}

}  // namespace motcua::net
