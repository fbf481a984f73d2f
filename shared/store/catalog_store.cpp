#include "store/catalog_store.h"

#include "domain/error.h"
#include "domain/text.h"

namespace motcua::store {

namespace {

std::vector<int> countersOfGroup(Database& db, std::int64_t groupId)
{
    std::vector<int> out;
    auto& st = db.prepare("SELECT counter FROM counter_groups WHERE group_id = ? ORDER BY counter").bind(1, groupId);
    while (st.step()) out.push_back(static_cast<int>(st.getInt(0)));
    return out;
}

std::vector<std::string> groupsOfCounter(Database& db, int counter)
{
    std::vector<std::string> out;
    auto& st = db.prepare("SELECT g.code FROM counter_groups cg JOIN service_groups g ON g.id = cg.group_id "
                          "WHERE cg.counter = ? ORDER BY g.ord, g.code")
                   .bind(1, counter);
    while (st.step()) out.push_back(st.getText(0));
    return out;
}

constexpr const char* kProcedureColumns =
    "code, name, field, group_code, days, fee_vnd, fee_note, unit, supplement_rule, papers, source, paper_kinds";

domain::Procedure readProcedure(Statement& st)
{
    domain::Procedure p;
    p.code = st.getText(0);
    p.name = st.getText(1);
    p.field = st.getText(2);
    p.group = st.getText(3);
    p.days = st.getDouble(4);
    p.feeVnd = st.getInt(5);
    p.feeNote = st.getText(6);
    p.unit = st.getText(7);
    p.supplementRule = st.getText(8) == "restart" ? domain::SupplementRule::Restart : domain::SupplementRule::Pause;
    // Kinds stored before they were recorded (or that no longer match) are inferred from the text.
    try {
        p.papers = domain::catalogPapers(st.getText(9), st.getText(11));
    } catch (const Error&) {
        p.papers = domain::catalogPapers(st.getText(9), "");
    }
    p.source = st.getText(10);
    return p;
}

}  // namespace

std::vector<domain::ServiceGroup> listGroups(Database& db)
{
    std::vector<domain::ServiceGroup> out;
    {
        auto& st = db.prepare("SELECT id, code, prefix, name FROM service_groups ORDER BY ord, code");
        while (st.step()) out.push_back({st.getInt(0), st.getText(1), st.getText(2), st.getText(3), {}});
    }
    for (auto& g : out) g.counters = countersOfGroup(db, g.id);
    return out;
}

std::optional<domain::ServiceGroup> findGroup(Database& db, const std::string& code)
{
    auto& st = db.prepare("SELECT id, code, prefix, name FROM service_groups WHERE code = ?").bind(1, code);
    if (!st.step()) return std::nullopt;
    domain::ServiceGroup g{st.getInt(0), st.getText(1), st.getText(2), st.getText(3), {}};
    st.reset();
    g.counters = countersOfGroup(db, g.id);
    return g;
}

std::int64_t insertGroup(Database& db, const domain::ServiceGroup& g, int order)
{
    db.prepare("INSERT INTO service_groups(code, prefix, name, ord) VALUES (?,?,?,?)")
        .bind(1, g.code)
        .bind(2, g.prefix)
        .bind(3, g.name)
        .bind(4, order)
        .run();
    return db.lastInsertId();
}

std::vector<domain::Counter> listCounters(Database& db)
{
    std::vector<domain::Counter> out;
    {
        auto& st = db.prepare("SELECT number, name, open FROM counters ORDER BY number");
        while (st.step()) out.push_back({static_cast<int>(st.getInt(0)), st.getText(1), st.getInt(2) != 0, {}});
    }
    for (auto& c : out) c.groups = groupsOfCounter(db, c.number);
    return out;
}

std::optional<domain::Counter> findCounter(Database& db, int number)
{
    auto& st = db.prepare("SELECT number, name, open FROM counters WHERE number = ?").bind(1, number);
    if (!st.step()) return std::nullopt;
    domain::Counter c{static_cast<int>(st.getInt(0)), st.getText(1), st.getInt(2) != 0, {}};
    st.reset();
    c.groups = groupsOfCounter(db, c.number);
    return c;
}

void insertCounter(Database& db, const domain::Counter& c)
{
    db.prepare("INSERT INTO counters(number, name, open) VALUES (?,?,?)")
        .bind(1, c.number)
        .bind(2, c.name)
        .bind(3, c.open ? 1 : 0)
        .run();
}

void assignCounterGroup(Database& db, int counter, std::int64_t groupId)
{
    db.prepare("INSERT OR IGNORE INTO counter_groups(counter, group_id) VALUES (?,?)").bind(1, counter).bind(2, groupId).run();
}

void updateGroup(Database& db, const domain::ServiceGroup& g)
{
    db.prepare("UPDATE service_groups SET prefix = ?, name = ? WHERE id = ?").bind(1, g.prefix).bind(2, g.name).bind(3, g.id).run();
}

void updateCounter(Database& db, const domain::Counter& c)
{
    db.prepare("UPDATE counters SET name = ?, open = ? WHERE number = ?").bind(1, c.name).bind(2, c.open ? 1 : 0).bind(3, c.number).run();
}

void clearCounterGroups(Database& db, int counter)
{
    db.prepare("DELETE FROM counter_groups WHERE counter = ?").bind(1, counter).run();
}

void upsertProcedure(Database& db, const domain::Procedure& p)
{
    db.prepare("INSERT INTO procedures(code, name, name_folded, field, group_code, days, fee_vnd, fee_note, unit, "
               "supplement_rule, papers, source, paper_kinds, active) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,1) "
               "ON CONFLICT(code) DO UPDATE SET name = excluded.name, name_folded = excluded.name_folded, "
               "field = excluded.field, group_code = excluded.group_code, days = excluded.days, "
               "fee_vnd = excluded.fee_vnd, fee_note = excluded.fee_note, unit = excluded.unit, "
               "supplement_rule = excluded.supplement_rule, papers = excluded.papers, source = excluded.source, "
               "paper_kinds = excluded.paper_kinds, "
               "active = 1")
        .bind(1, p.code)
        .bind(2, p.name)
        .bind(3, domain::foldForSearch(p.name))
        .bind(4, p.field)
        .bind(5, p.group)
        .bind(6, p.days)
        .bind(7, p.feeVnd)
        .bind(8, p.feeNote)
        .bind(9, p.unit)
        .bind(10, domain::supplementRuleName(p.supplementRule))
        .bind(11, domain::joinPaperTexts(p.papers))
        .bind(12, p.source)
        .bind(13, domain::joinPaperKinds(p.papers))
        .run();
}

std::optional<domain::Procedure> findProcedure(Database& db, const std::string& code)
{
    auto& st = db.prepare(std::string("SELECT ") + kProcedureColumns + " FROM procedures WHERE code = ?").bind(1, code);
    if (!st.step()) return std::nullopt;
    auto p = readProcedure(st);
    st.reset();
    return p;
}

std::vector<domain::Procedure> listProcedures(Database& db, const std::string& field)
{
    std::vector<domain::Procedure> out;
    auto& st = db.prepare(std::string("SELECT ") + kProcedureColumns +
                          " FROM procedures WHERE active = 1 AND (?1 = '' OR field = ?1) ORDER BY field, name")
                   .bind(1, field);
    while (st.step()) out.push_back(readProcedure(st));
    return out;
}

}  // namespace motcua::store
