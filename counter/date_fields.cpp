// Parsing the counter's typed dates and times; the messages say which form is expected.
#include "counter/date_fields.h"

#include <charconv>

namespace motcua::counter {

namespace {

std::string_view trim(std::string_view t)
{
    while (!t.empty() && t.front() == ' ') t.remove_prefix(1);
    while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
    return t;
}

/// 1–maxDigits decimal digits, nothing else.
std::optional<int> number(std::string_view t, std::size_t maxDigits)
{
    if (t.empty() || t.size() > maxDigits) return std::nullopt;
    int v = 0;
    const auto [end, ec] = std::from_chars(t.data(), t.data() + t.size(), v);
    if (ec != std::errc() || end != t.data() + t.size()) return std::nullopt;
    return v;
}

}  // namespace

std::optional<domain::Date> parseFieldDate(std::string_view text)
{
    const auto t = trim(text);
    if (t.find('-') != std::string_view::npos) return domain::parseDate(t);
    const auto a = t.find('/');
    const auto b = a == std::string_view::npos ? a : t.find('/', a + 1);
    if (b == std::string_view::npos) return std::nullopt;
    if (t.size() - b - 1 != 4) return std::nullopt;  // a four-digit year
    const auto d = number(t.substr(0, a), 2);
    const auto m = number(t.substr(a + 1, b - a - 1), 2);
    const auto y = number(t.substr(b + 1), 4);
    if (!d || !m || !y || !domain::isValidDate(*y, *m, *d)) return std::nullopt;
    return domain::Date{*y, *m, *d};
}

std::optional<int> parseFieldClock(std::string_view text)
{
    const auto t = trim(text);
    const auto colon = t.find(':');
    if (colon == std::string_view::npos) return std::nullopt;
    if (t.size() - colon - 1 != 2) return std::nullopt;  // two-digit minutes
    const auto h = number(t.substr(0, colon), 2);
    const auto m = number(t.substr(colon + 1), 2);
    if (!h || !m || *h > 23 || *m > 59) return std::nullopt;
    return *h * 60 + *m;
}

std::string dateFieldProblem(std::string_view text)
{
    if (trim(text).empty()) return "Chưa nhập ngày (dạng ngày/tháng/năm, ví dụ 23/11/2026)";
    if (!parseFieldDate(text)) return "Ngày không hợp lệ: nhập dạng ngày/tháng/năm, ví dụ 23/11/2026";
    return {};
}

}  // namespace motcua::counter
