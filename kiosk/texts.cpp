// Formatting of times, waits, fees and statuses for the kiosk, in the screen's language.
// Dates stay dd/mm/yyyy in both languages: that is what the citizen's papers show.
#include "kiosk/texts.h"

#include <cmath>
#include <cstdio>

namespace motcua::kiosk {

namespace {

constexpr const char* kWeekdaysVi[] = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"};
constexpr const char* kWeekdaysEn[] = {"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

}  // namespace

std::string weekdayDate(Lang lang, domain::Instant t)
{
    const auto local = domain::toLocal(t);
    const int wd = local.date.isoWeekday() - 1;
    return std::string(lang == Lang::Vi ? kWeekdaysVi[wd] : kWeekdaysEn[wd]) + ", " + local.date.vn();
}

std::string clockText(domain::Instant t) { return domain::formatLocalTime(t); }

std::string dateTimeText(Lang lang, domain::Instant t)
{
    const auto local = domain::toLocal(t);
    return domain::formatClock(local.minuteOfDay) + (lang == Lang::Vi ? " ngày " : ", ") + local.date.vn();
}

std::string minutesText(Lang lang, int minutes)
{
    if (minutes <= 0) return tr(lang, txt::kNoWait);
    if (minutes >= 90) {
        const int h = minutes / 60, m = minutes % 60;
        std::string s = (lang == Lang::Vi ? "khoảng " : "about ") + std::to_string(h) + (lang == Lang::Vi ? " giờ" : " h");
        if (m) s += " " + std::to_string(m) + (lang == Lang::Vi ? " phút" : " min");
        return s;
    }
    return (lang == Lang::Vi ? "khoảng " : "about ") + std::to_string(minutes) + (lang == Lang::Vi ? " phút" : " min");
}

std::string peopleText(Lang lang, int people)
{
    if (lang == Lang::Vi) return std::to_string(people) + " người";
    return std::to_string(people) + (people == 1 ? " person" : " people");
}

std::string waitingText(Lang lang, int waiting, int minutes)
{
    // Nobody in line but every counter busy is still a wait: say both, never "no wait" then.
    if (waiting <= 0 && minutes <= 0) return tr(lang, txt::kNoWait);
    if (waiting <= 0) return std::string(tr(lang, txt::kNobodyWaiting)) + "  ·  " + minutesText(lang, minutes);
    if (lang == Lang::Vi) return "Đang chờ: " + peopleText(lang, waiting) + "  ·  " + minutesText(lang, minutes);
    return "Waiting: " + peopleText(lang, waiting) + "  ·  " + minutesText(lang, minutes);
}

std::string countersText(Lang lang, const std::vector<int>& counters)
{
    std::string list;
    for (int c : counters) list += (list.empty() ? "" : ", ") + std::to_string(c);
    if (counters.empty()) return lang == Lang::Vi ? "Quầy tiếp nhận" : "Reception counter";
    return (lang == Lang::Vi ? "Quầy " : (counters.size() > 1 ? "Counters " : "Counter ")) + list;
}

const char* statusText(Lang lang, domain::DossierStatus s)
{
    if (lang == Lang::Vi) return domain::statusLabel(s);
    switch (s) {
    case domain::DossierStatus::Received: return "Received";
    case domain::DossierStatus::Processing: return "Being processed";
    case domain::DossierStatus::WaitingSupplement: return "Waiting for your extra papers";
    case domain::DossierStatus::ResultReady: return "Result ready to collect";
    case domain::DossierStatus::Returned: return "Result handed over";
    case domain::DossierStatus::Refused: return "Refused";
    case domain::DossierStatus::Withdrawn: return "Withdrawn";
    case domain::DossierStatus::Stopped: return "Stopped";
    }
    return "";
}

const char* ratingText(Lang lang, domain::Rating r)
{
    switch (r) {
    case domain::Rating::VerySatisfied: return tr(lang, txt::kVerySatisfied);
    case domain::Rating::Satisfied: return tr(lang, txt::kSatisfied);
    case domain::Rating::Dissatisfied: return tr(lang, txt::kDissatisfied);
    }
    return "";
}

std::string feeText(Lang lang, std::int64_t vnd, const std::string& note)
{
    std::string s;
    if (vnd <= 0) {
        s = tr(lang, txt::kFree);
    } else {
        // 8.000 đ: Vietnamese groups thousands with dots.
        std::string digits = std::to_string(vnd);
        for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<std::size_t>(i), ".");
        s = digits + " đồng";
    }
    (void)note;  // shown under the amount, in smaller print, by the guide
    return s;
}

std::string daysText(Lang lang, double days)
{
    if (days <= 0) return tr(lang, txt::kSameDay);
    char buf[32];
    if (std::fabs(days - std::round(days)) < 1e-9) std::snprintf(buf, sizeof buf, "%.0f", days);
    else std::snprintf(buf, sizeof buf, "%.1f", days);
    std::string n = buf;
    if (lang == Lang::Vi)
        for (auto& c : n)
            if (c == '.') c = ',';
    return n + " " + tr(lang, txt::kWorkingDays);
}

std::string closedText(Lang lang, const domain::TicketHours& hours)
{
    if (lang == Lang::Vi) return domain::closedMessage(hours);
    if (hours.officeOpensAt == 0) return "The one-stop office is closed and has no working hours set. Please contact the office.";
    const auto local = domain::toLocal(hours.officeOpensAt);
    return "The one-stop office is closed. It opens again at " + domain::formatClock(local.minuteOfDay) + " on " +
           weekdayDate(Lang::En, hours.officeOpensAt) + ".";
}

}  // namespace motcua::kiosk
