// Intake fee lines: the catalog's start, the exemption hint, amounts as typed, validation, and the
// draft's text form.
#include "domain/payment/intake_fees.h"

#include "domain/error.h"
#include "domain/text.h"

namespace motcua::domain {

namespace {

bool isDigit(char c) { return c >= '0' && c <= '9'; }

std::string trimmed(std::string_view s)
{
    const auto first = s.find_first_not_of(' ');
    if (first == std::string_view::npos) return {};
    return std::string(s.substr(first, s.find_last_not_of(' ') - first + 1));
}

/// The sentences of a note, split at ". " and "; " (a figure such as "8.000 đ" stays whole).
std::vector<std::string> sentences(std::string_view note)
{
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t i = 0; i <= note.size(); ++i) {
        const bool end = i == note.size() || ((note[i] == '.' || note[i] == ';') && i + 1 < note.size() && note[i + 1] == ' ');
        if (!end) continue;
        std::string s = trimmed(note.substr(start, i - start));
        if (!s.empty()) out.push_back(std::move(s));
        start = i + 1;
    }
    return out;
}

// Escapes for the draft's text: one line per fee, fields split by tabs.
std::string escaped(std::string_view s)
{
    std::string out;
    for (const char c : s) {
        if (c == '\\') out += "\\\\";
        else if (c == '\t') out += "\\t";
        else if (c == '\n') out += "\\n";
        else out += c;
    }
    return out;
}

std::vector<std::string> splitEscaped(std::string_view line)
{
    std::vector<std::string> fields(1);
    for (std::size_t i = 0; i < line.size(); ++i) {
        const char c = line[i];
        if (c == '\t') fields.emplace_back();
        else if (c == '\\' && i + 1 < line.size()) {
            const char n = line[++i];
            fields.back() += n == 't' ? '\t' : n == 'n' ? '\n' : n;
        } else fields.back() += c;
    }
    return fields;
}

}  // namespace

std::vector<IntakeFee> intakeFeesOf(const Procedure& procedure)
{
    std::vector<IntakeFee> out;
    for (const auto& l : catalogFeeLines(procedure)) out.push_back({l.label, std::to_string(l.amountVnd), false, {}});
    return out;
}

std::string exemptionNote(std::string_view feeNote)
{
    std::string out;
    for (const auto& s : sentences(feeNote)) {
        if (s.find("iễn") == std::string::npos && s.find("không nộp") == std::string::npos) continue;  // Miễn, miễn
        if (!out.empty()) out += ' ';
        out += s;
        if (out.back() != '.') out += '.';
    }
    return out;
}

std::int64_t parseFeeAmount(std::string_view typed)
{
    const std::string s = trimmed(typed);
    const auto bad = [](const std::string& why) { return Error(ErrorCode::InvalidInput, why); };
    if (s.empty()) throw bad("Nhập số tiền bằng đồng (0 nếu không thu)");
    if (s[0] == '-') throw bad("Số tiền không được âm: nhập số đồng phải nộp, hoặc đánh dấu \"Miễn\"");
    // Digits, optionally grouped by thousands: "15000", "15.000", "15 000"; never "15.5" or "1e6".
    std::string digits;
    std::size_t group = 0;
    bool grouped = false;
    for (const char c : s) {
        if (isDigit(c)) {
            digits += c;
            ++group;
        } else if ((c == '.' || c == ' ') && !digits.empty() && (!grouped || group == 3) && group <= 3) {
            grouped = true;
            group = 0;
        } else {
            throw bad("Số tiền \"" + s + "\" không hợp lệ: chỉ gồm chữ số (đồng), ví dụ 15000 hoặc 15.000");
        }
    }
    if (grouped && group != 3)
        throw bad("Số tiền \"" + s + "\" không hợp lệ: chỉ gồm chữ số (đồng), ví dụ 15000 hoặc 15.000");
    digits.erase(0, std::min(digits.find_first_not_of('0'), digits.size() - 1));
    if (digits.size() > 9 || std::stoll(digits) > kMaxFeeVnd)
        throw bad("Số tiền " + s + " quá lớn: mỗi khoản tối đa " + formatVnd(kMaxFeeVnd) + " — kiểm tra lại số chữ số 0");
    return std::stoll(digits);
}

std::map<std::string, std::string> intakeFeeProblems(const std::vector<IntakeFee>& fees)
{
    std::map<std::string, std::string> e;
    if (fees.size() > kMaxFeeLines)
        e["fees"] = "Một hồ sơ có tối đa " + std::to_string(kMaxFeeLines) + " khoản phí: xoá bớt khoản thừa";
    for (std::size_t i = 0; i < fees.size(); ++i) {
        const std::string key = "fee-" + std::to_string(i);
        const std::string which = "Khoản phí " + std::to_string(i + 1);
        try {
            (void)cleanText(fees[i].label, which + " – tên", 200);
        } catch (const Error& x) {
            e[key + "-label"] = x.what();
        }
        try {
            (void)parseFeeAmount(fees[i].amount);
        } catch (const Error& x) {
            e[key + "-amount"] = x.what();
        }
        if (!fees[i].exempt) continue;
        try {
            (void)cleanText(fees[i].exemptReason, which + " – lý do miễn", 300);
        } catch (const Error& x) {
            e[key + "-reason"] = x.what();
        }
    }
    return e;
}

std::vector<FeeLine> confirmedFeeLines(const std::vector<IntakeFee>& fees)
{
    if (const auto e = intakeFeeProblems(fees); !e.empty()) throw Error(ErrorCode::InvalidInput, e.begin()->second);
    std::vector<FeeLine> lines;
    for (const auto& f : fees) {
        FeeLine l;
        l.label = f.label;
        l.amountVnd = parseFeeAmount(f.amount);
        if (f.exempt) l.exemptReason = f.exemptReason;
        lines.push_back(std::move(l));
    }
    return validateFeeLines(std::move(lines));
}

std::string encodeIntakeFees(const std::vector<IntakeFee>& fees)
{
    std::string out;
    for (const auto& f : fees) {
        out += std::string(f.exempt ? "1" : "0") + '\t' + escaped(f.amount) + '\t' + escaped(f.label) + '\t' +
               escaped(f.exemptReason) + '\n';
    }
    return out;
}

std::vector<IntakeFee> decodeIntakeFees(std::string_view text)
{
    std::vector<IntakeFee> out;
    std::size_t start = 0;
    while (start < text.size() && out.size() <= kMaxFeeLines) {
        auto end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        const auto f = splitEscaped(text.substr(start, end - start));
        start = end + 1;
        if (f.size() != 4 || (f[0] != "0" && f[0] != "1")) return {};
        out.push_back({f[2], f[1], f[0] == "1", f[3]});
    }
    return out;
}

}  // namespace motcua::domain
