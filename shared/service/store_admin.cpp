#include "service/store_admin.h"

#include "store/database.h"
#include "store/migrations.h"

namespace motcua::service {

int schemaVersion() { return store::latestSchemaVersion(); }

int upgradeStore(const std::string& path)
{
    store::Database db(path, store::OpenMode::ExistingReadWrite);
    // Upgrading is for motcua stores; a new one is made whole by init (admin, holidays).
    if (db.userVersion() == 0)
        throw Error(ErrorCode::Storage, "Tệp " + path + " không phải cơ sở dữ liệu motcua");
    return store::migrate(db);
}

void requireStoreFile(const std::string& path)
{
    store::Database probe(path, store::OpenMode::ExistingReadWrite);
}

void checkpointStore(const std::string& path)
{
    store::Database db(path, store::OpenMode::ExistingReadWrite);
    db.exec("PRAGMA wal_checkpoint(TRUNCATE)");
}

}  // namespace motcua::service

#include "store/synthetic_data.h"

namespace motcua::service {

std::int64_t writeSyntheticDossiers(const std::string& path, std::int64_t dossiers, int eventsPerDossier,
                                    domain::Instant now)
{
    store::Database db(path, store::OpenMode::ExistingReadWrite);
    store::SyntheticSpec spec;
    spec.dossiers = dossiers;
    spec.eventsPerDossier = eventsPerDossier;
    spec.now = now;
    return store::writeSyntheticDossiers(db, spec);
}

}  // namespace motcua::service
