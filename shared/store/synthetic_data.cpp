#include "store/synthetic_data.h"

#include "domain/dossier_code.h"
#include "domain/text.h"

#include <algorithm>
#include <string>
#include <vector>

namespace motcua::store {

namespace {

/// Deterministic so two bench runs measure the same data (xorshift64*).
struct Rng {
    std::uint64_t s = 0x9E3779B97F4A7C15ull;
    std::uint64_t next()
    {
        s ^= s >> 12;
        s ^= s << 25;
        s ^= s >> 27;
        return s * 2685821657736338717ull;
    }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
};

const char* const kFamily[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô"};
const char* const kMiddle[] = {"Văn", "Thị", "Quốc", "Đức", "Thu", "Minh", "Hồng", "Ngọc"};
const char* const kGiven[] = {"An", "Bình", "Châu", "Dũng", "Hà", "Lan", "Mai", "Nam", "Phúc", "Yến"};

}  // namespace

std::int64_t writeSyntheticDossiers(Database& db, const SyntheticSpec& spec)
{
    std::vector<std::string> procedures;
    {
        auto& st = db.prepare("SELECT code FROM procedures ORDER BY code");
        while (st.step()) procedures.push_back(st.getText(0));
    }
    if (procedures.empty()) throw Error(ErrorCode::InvalidInput, "Chưa có thủ tục nào để tạo hồ sơ mẫu");
    Rng rng;
    std::int64_t lastDay = -1;
    int seq = 0;
    const domain::Date today = domain::localDate(spec.now);
    std::int64_t written = 0;
    constexpr std::int64_t kBatch = 20000;
    while (written < spec.dossiers) {
        Transaction tx(db);
        for (std::int64_t b = 0; b < kBatch && written < spec.dossiers; ++b, ++written) {
            const std::int64_t dayIndex = written * spec.days / spec.dossiers;  // 0 … days-1
            seq = dayIndex == lastDay ? seq + 1 : 1;
            lastDay = dayIndex;
            const domain::Date day = today.addDays(-(spec.days - 1 - dayIndex));
            const int minute = 7 * 60 + 30 + static_cast<int>(rng.next() % 420);
            // Today's dossiers are received before now.
            const domain::Instant received = std::min(domain::fromLocal(day, minute), spec.now - 60);
            const domain::Instant due = received + static_cast<domain::Instant>(1 + rng.next() % 10) * 86400;
            // Offices finish old dossiers: half of the last twenty days are open, few older ones.
            const bool recent = dayIndex >= spec.days - 20;
            const bool pending = rng.unit() < (recent ? 0.5 : spec.pendingShare);
            const std::string name = std::string(kFamily[rng.next() % 10]) + " " + kMiddle[rng.next() % 8] + " " + kGiven[rng.next() % 10];
            const std::string code = domain::makeDossierCode("000.00.20.H56", day, seq);
            const domain::Instant resolved = received + static_cast<domain::Instant>(rng.next() % (12 * 86400));
            db.prepare("INSERT INTO dossiers(code, office, day, seq, procedure_code, applicant_name, name_folded, id_number, "
                       "phone, address, channel, status, received_at, original_due_at, due_at, resolved_at, returned_at, "
                       "receiver, unit) VALUES (?,?,?,?,?,?,?,?,?,?,'direct',?,?,?,?,?,?,'motcua1','Phòng Văn hóa - Xã hội')")
                .bind(1, code)
                .bind(2, "000.00.20.H56")
                .bind(3, day.iso())
                .bind(4, seq)
                .bind(5, procedures[rng.next() % procedures.size()])
                .bind(6, name)
                .bind(7, domain::foldForSearch(name))
                .bind(8, "038095001234")
                .bind(9, "0912345678")
                .bind(10, "Xã Hà Tân, tỉnh Thanh Hóa")
                .bind(11, pending ? "processing" : "returned")
                .bind(12, received)
                .bind(13, due)
                .bind(14, due)
                .bind(15, pending ? std::optional<domain::Instant>() : std::optional<domain::Instant>(resolved))
                .bind(16, pending ? std::optional<domain::Instant>() : std::optional<domain::Instant>(resolved + 3600))
                .run();
            const std::int64_t id = db.lastInsertId();
            for (int e = 0; e < spec.eventsPerDossier; ++e) {
                db.prepare("INSERT INTO dossier_events(dossier_id, at, actor, action, from_status, to_status, note) "
                           "VALUES (?,?,?,?,?,?,?)")
                    .bind(1, id)
                    .bind(2, received + e * 600)
                    .bind(3, "motcua1")
                    .bind(4, e == 0 ? "receive" : "forward")
                    .bind(5, e == 0 ? "" : "processing")
                    .bind(6, "processing")
                    .bind(7, e == 0 ? "Trực tiếp" : "Chuyển xử lý bước " + std::to_string(e))
                    .run();
            }
        }
        tx.commit();
    }
    return written;
}

}  // namespace motcua::store
