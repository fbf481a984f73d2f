#include "server/public/wall_json.h"

#include "domain/date.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace motcua::server {

namespace {

using nlohmann::json;

bool inGroups(const std::string& label, const std::vector<std::string>& groups)
{
    if (groups.empty()) return true;
    // A label is its group's prefix then digits ("AB012"): the prefix is the letters before them.
    const auto digits = std::find_if(label.begin(), label.end(), [](char c) { return c >= '0' && c <= '9'; });
    const std::string prefix(label.begin(), digits);
    return std::find(groups.begin(), groups.end(), prefix) != groups.end();
}

std::string dayLine(domain::Instant now)
{
    static const char* const kDays[] = {"Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ nhật"};
    const auto local = domain::toLocal(now);
    const int iso = std::clamp(local.date.isoWeekday(), 1, 7);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %02d/%02d/%04d", kDays[iso - 1], local.date.day, local.date.month, local.date.year);
    return buf;
}

json callJson(const service::RecentCall& c)
{
    return {{"label", c.label},
            {"counter", c.counter},
            {"at", c.at},
            {"time", domain::formatLocalTime(c.at)},
            {"recall", c.recall},
            {"audio", callAudioPath(c)}};
}

}  // namespace

std::vector<std::string> parseGroups(std::string_view text)
{
    std::vector<std::string> out;
    std::string cur;
    auto flush = [&] {
        if (!cur.empty() && cur.size() <= 8 && std::find(out.begin(), out.end(), cur) == out.end()) out.push_back(cur);
        cur.clear();
    };
    for (char c : text) {
        if (c == ',') flush();
        else if (c >= 'a' && c <= 'z') cur += static_cast<char>(c - 'a' + 'A');
        else if ((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')) cur += c;
    }
    flush();
    if (out.size() > 20) out.resize(20);
    return out;
}

service::WallPicture forGroups(const service::WallPicture& picture, const std::vector<std::string>& groups)
{
    if (groups.empty()) return picture;
    service::WallPicture p = picture;
    std::erase_if(p.serving, [&](const service::WallServing& s) { return !s.label.empty() && !inGroups(s.label, groups); });
    std::erase_if(p.calls, [&](const service::RecentCall& c) { return !inGroups(c.label, groups); });
    std::erase_if(p.shownCalls, [&](const service::RecentCall& c) { return !inGroups(c.label, groups); });
    std::erase_if(p.waiting, [&](const service::WallWaiting& w) {
        return std::find(groups.begin(), groups.end(), w.prefix) == groups.end();
    });
    return p;
}

std::string callAudioPath(const service::RecentCall& call)
{
    return "/wall/am-thanh?so=" + call.label + "&quay=" + std::to_string(call.counter);
}

json wallJson(const service::WallPicture& p, std::int64_t version)
{
    json serving = json::array();
    for (const auto& s : p.serving)
        serving.push_back({{"counter", s.counter},
                           {"name", s.counterName},
                           {"label", s.label},
                           {"priority", s.priority},
                           {"at", s.calledAt}});
    json calls = json::array();
    for (const auto& c : p.calls) calls.push_back(callJson(c));
    json shown = json::array();
    for (const auto& c : p.shownCalls) shown.push_back(callJson(c));
    json waiting = json::array();
    for (const auto& w : p.waiting) waiting.push_back({{"group", w.groupName}, {"prefix", w.prefix}, {"waiting", w.waiting}});
    json dossiers = json::array();
    for (const auto& d : p.dossiers)
        dossiers.push_back({{"code", d.code},
                            {"procedure", d.procedure},
                            {"name", d.maskedName},
                            {"late", d.late},
                            {"lateBy", d.lateBy},
                            {"apologySigned", d.apologySigned},
                            {"signBy", d.signByText},
                            {"signByPassed", d.signByPassed}});
    json onTime = nullptr;
    if (p.onTimeRateToday) onTime = static_cast<int>(std::lround(*p.onTimeRateToday * 100.0));
    return {{"version", version},
            {"loaded", p.loaded},
            {"office", p.officeName},
            {"day", dayLine(p.now)},
            {"time", domain::formatLocalTime(p.now)},
            {"now", p.now},
            {"serving", serving},
            {"calls", calls},
            {"shown", shown},
            {"waiting", waiting},
            {"dossiers", dossiers},
            {"today", {{"received", p.receivedToday}, {"returned", p.returnedToday}, {"onTimePercent", onTime}}}};
}

}  // namespace motcua::server
