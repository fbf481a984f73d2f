#include "cli_args.h"

#include <algorithm>

#include "domain/text.h"

#include <charconv>
#include <cmath>

namespace motcua::cli {

namespace {

const OptionSpec* findOption(const std::vector<OptionSpec>& known, const std::string& name)
{
    for (const auto& o : known)
        if (o.name == name) return &o;
    return nullptr;
}

}  // namespace

std::vector<std::string> commandWords(const std::vector<std::string>& argv, const std::set<std::string>& valueOptions)
{
    std::vector<std::string> words;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const auto& a = argv[i];
        if (a.rfind("--", 0) == 0) {
            if (a.find('=') == std::string::npos && valueOptions.count(a)) ++i;
            continue;
        }
        words.push_back(a);
    }
    return words;
}

Arguments Arguments::parse(const std::vector<std::string>& argv, const std::vector<std::string>& words,
                           const std::vector<OptionSpec>& known)
{
    Arguments args;
    std::size_t wordIndex = 0;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        std::string a = argv[i];
        if (!domain::isValidUtf8(a)) throw UsageError("Tham số không phải UTF-8 hợp lệ");
        if (a.rfind("--", 0) != 0) {
            if (wordIndex < words.size() && a == words[wordIndex]) {
                ++wordIndex;
                continue;
            }
            // A command that takes files by name (`case attach … FILE…`) declares an OptionSpec
            // without "--": words after the command are its values.
            const bool takesFiles = std::any_of(known.begin(), known.end(),
                                                [](const OptionSpec& o) { return o.name.rfind("--", 0) != 0; });
            if (takesFiles && wordIndex == words.size()) {
                args.m_positional.push_back(a);
                continue;
            }
            throw UsageError("Tham số thừa \"" + a + "\"");
        }
        std::optional<std::string> inlineValue;
        if (const auto eq = a.find('='); eq != std::string::npos) {
            inlineValue = a.substr(eq + 1);
            a = a.substr(0, eq);
        }
        const OptionSpec* spec = findOption(known, a);
        if (!spec) throw UsageError("Tuỳ chọn không hợp lệ cho lệnh này: " + a);
        if (!spec->repeatable && (args.m_values.count(a) || args.m_flags.count(a)))
            throw UsageError("Tuỳ chọn " + a + " bị lặp lại");
        if (!spec->takesValue) {
            if (inlineValue) throw UsageError("Tuỳ chọn " + a + " không nhận giá trị");
            args.m_flags.insert(a);
            continue;
        }
        if (inlineValue) {
            args.m_values[a] = *inlineValue;
        } else {
            if (i + 1 >= argv.size()) throw UsageError("Thiếu giá trị cho " + a);
            args.m_values[a] = argv[++i];
        }
        if (spec->repeatable) args.m_repeated[a].push_back(args.m_values[a]);
    }
    if (wordIndex != words.size()) throw UsageError("Lệnh không đầy đủ");
    return args;
}

std::vector<std::string> Arguments::getAll(const std::string& name) const
{
    const auto it = m_repeated.find(name);
    return it == m_repeated.end() ? std::vector<std::string>{} : it->second;
}

bool Arguments::has(const std::string& name) const { return m_flags.count(name) || m_values.count(name); }

std::optional<std::string> Arguments::get(const std::string& name) const
{
    const auto it = m_values.find(name);
    if (it == m_values.end()) return std::nullopt;
    return it->second;
}

std::string Arguments::require(const std::string& name) const
{
    auto v = get(name);
    if (!v) throw UsageError("Thiếu tuỳ chọn bắt buộc " + name);
    return *v;
}

std::optional<long long> Arguments::getInt(const std::string& name, long long min, long long max) const
{
    const auto v = get(name);
    if (!v) return std::nullopt;
    long long out = 0;
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
    if (v->empty() || ec != std::errc{} || p != v->data() + v->size() || out < min || out > max)
        throw UsageError(name + " phải là số nguyên từ " + std::to_string(min) + " đến " + std::to_string(max) +
                         ", nhận được \"" + *v + "\"");
    return out;
}

std::optional<double> Arguments::getNumber(const std::string& name, double min, double max) const
{
    const auto v = get(name);
    if (!v) return std::nullopt;
    double out = 0;
    auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), out);
    if (v->empty() || ec != std::errc{} || p != v->data() + v->size() || !std::isfinite(out) || out < min || out > max) {
        char range[64];
        std::snprintf(range, sizeof range, "%g đến %g", min, max);
        throw UsageError(name + " phải là số từ " + range + ", nhận được \"" + *v + "\"");
    }
    return out;
}

std::optional<domain::Instant> Arguments::getTime(const std::string& name) const
{
    const auto v = get(name);
    if (!v) return std::nullopt;
    const auto t = domain::parseLocalDateTime(*v);
    if (!t) throw UsageError(name + " phải là thời điểm có thật dạng \"YYYY-MM-DD HH:MM\", nhận được \"" + *v + "\"");
    return t;
}

std::optional<domain::Date> Arguments::getDate(const std::string& name) const
{
    const auto v = get(name);
    if (!v) return std::nullopt;
    const auto d = domain::parseDate(*v);
    if (!d) throw UsageError(name + " phải là ngày có thật dạng YYYY-MM-DD, nhận được \"" + *v + "\"");
    return d;
}

void Arguments::requireOneOf(const std::vector<std::string>& names) const
{
    int n = 0;
    std::string list;
    for (const auto& name : names) {
        n += has(name) ? 1 : 0;
        list += (list.empty() ? "" : " hoặc ") + name;
    }
    if (n != 1) throw UsageError("Cần đúng một trong các tuỳ chọn " + list);
}

}  // namespace motcua::cli
