#include "store/settings_store.h"

#include "domain/settings.h"

namespace motcua::store {

std::string getSetting(Database& db, const std::string& key)
{
    auto& st = db.prepare("SELECT value FROM settings WHERE key = ?").bind(1, key);
    if (st.step()) {
        std::string v = st.getText(0);
        st.reset();
        return v;
    }
    const auto* spec = domain::findSetting(key);
    return spec ? spec->defaultValue : "";
}

void putSetting(Database& db, const std::string& key, const std::string& value)
{
    db.prepare("INSERT INTO settings(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value")
        .bind(1, key)
        .bind(2, value)
        .run();
}

std::map<std::string, std::string> allSettings(Database& db)
{
    std::map<std::string, std::string> out;
    for (const auto& spec : domain::settingSpecs()) out[spec.key] = spec.defaultValue;
    auto& st = db.prepare("SELECT key, value FROM settings");
    while (st.step()) out[st.getText(0)] = st.getText(1);
    return out;
}

namespace {

domain::CalendarOverride kindOf(const std::string& s)
{
    return s == "workday" ? domain::CalendarOverride::Workday : domain::CalendarOverride::Holiday;
}

}  // namespace

std::map<std::int64_t, domain::CalendarOverride> calendarOverrides(Database& db)
{
    std::map<std::int64_t, domain::CalendarOverride> out;
    auto& st = db.prepare("SELECT day, kind FROM calendar_days");
    while (st.step()) {
        if (auto d = domain::parseDate(st.getText(0))) out[d->toDays()] = kindOf(st.getText(1));
    }
    return out;
}

std::vector<CalendarDay> calendarDays(Database& db, int year)
{
    std::vector<CalendarDay> out;
    auto& st = db.prepare("SELECT day, kind, name, source, verified FROM calendar_days WHERE day LIKE ? ORDER BY day")
                   .bind(1, std::to_string(year) + "-%");
    while (st.step()) {
        auto d = domain::parseDate(st.getText(0));
        if (!d) continue;
        out.push_back({*d, kindOf(st.getText(1)), st.getText(2), st.getText(3), st.getInt(4) != 0});
    }
    return out;
}

void putCalendarDay(Database& db, const CalendarDay& day)
{
    db.prepare("INSERT INTO calendar_days(day, kind, name, source, verified) VALUES (?,?,?,?,?) "
               "ON CONFLICT(day) DO UPDATE SET kind = excluded.kind, name = excluded.name, "
               "source = excluded.source, verified = excluded.verified")
        .bind(1, day.date.iso())
        .bind(2, day.kind == domain::CalendarOverride::Workday ? "workday" : "holiday")
        .bind(3, day.name)
        .bind(4, day.source)
        .bind(5, day.verified ? 1 : 0)
        .run();
}

bool removeCalendarDay(Database& db, const domain::Date& date)
{
    db.prepare("DELETE FROM calendar_days WHERE day = ?").bind(1, date.iso()).run();
    return db.changes() > 0;
}

std::set<int> confirmedYears(Database& db)
{
    std::set<int> out;
    auto& st = db.prepare("SELECT year FROM calendar_years");
    while (st.step()) out.insert(static_cast<int>(st.getInt(0)));
    return out;
}

void confirmYear(Database& db, int year, domain::Instant at, const std::string& by, const std::string& how)
{
    db.prepare("INSERT INTO calendar_years(year, confirmed_at, confirmed_by, how) VALUES (?,?,?,?) "
               "ON CONFLICT(year) DO NOTHING")
        .bind(1, year)
        .bind(2, at)
        .bind(3, by)
        .bind(4, how)
        .run();
}

}  // namespace motcua::store
