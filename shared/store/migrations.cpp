// [SECTION] schema v1: settings, calendar, staff, groups/counters, catalog, queue, dossiers,
//           steps and events, apology slips, append-only hash-chained audit log.
#include "store/migrations.h"

#include <algorithm>
#include <string>
#include <vector>

namespace motcua::store {

namespace {

const char* const kV1 = R"SQL(
CREATE TABLE settings(
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE calendar_days(
  day      TEXT PRIMARY KEY,                 -- YYYY-MM-DD local
  kind     TEXT NOT NULL CHECK (kind IN ('holiday','workday')),
  name     TEXT NOT NULL,
  source   TEXT NOT NULL DEFAULT '',
  verified INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE staff(
  id            INTEGER PRIMARY KEY,
  username      TEXT NOT NULL UNIQUE,
  full_name     TEXT NOT NULL,
  role          TEXT NOT NULL CHECK (role IN ('kiosk','staff','officer','supervisor','admin')),
  unit          TEXT NOT NULL DEFAULT '',
  password_hash TEXT NOT NULL,
  failed_logins INTEGER NOT NULL DEFAULT 0,
  locked_until  INTEGER NOT NULL DEFAULT 0,
  active        INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE service_groups(
  id     INTEGER PRIMARY KEY,
  code   TEXT NOT NULL UNIQUE,
  prefix TEXT NOT NULL UNIQUE,
  name   TEXT NOT NULL,
  ord    INTEGER NOT NULL DEFAULT 0
);

CREATE TABLE counters(
  number INTEGER PRIMARY KEY,
  name   TEXT NOT NULL,
  open   INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE counter_groups(
  counter  INTEGER NOT NULL REFERENCES counters(number) ON DELETE CASCADE,
  group_id INTEGER NOT NULL REFERENCES service_groups(id) ON DELETE CASCADE,
  PRIMARY KEY (counter, group_id)
) WITHOUT ROWID;

CREATE TABLE procedures(
  code            TEXT PRIMARY KEY,
  name            TEXT NOT NULL,
  name_folded     TEXT NOT NULL,
  field           TEXT NOT NULL,
  group_code      TEXT NOT NULL,
  days            REAL NOT NULL CHECK (days >= 0),
  fee_vnd         INTEGER NOT NULL DEFAULT 0,
  fee_note        TEXT NOT NULL DEFAULT '',
  unit            TEXT NOT NULL DEFAULT '',
  supplement_rule TEXT NOT NULL DEFAULT 'pause' CHECK (supplement_rule IN ('pause','restart')),
  papers          TEXT NOT NULL DEFAULT '',
  source          TEXT NOT NULL DEFAULT '',
  active          INTEGER NOT NULL DEFAULT 1
) WITHOUT ROWID;

CREATE TABLE tickets(
  id              INTEGER PRIMARY KEY,
  day             TEXT NOT NULL,
  issued_group_id INTEGER NOT NULL REFERENCES service_groups(id),
  group_id        INTEGER NOT NULL REFERENCES service_groups(id),
  number          INTEGER NOT NULL,
  label           TEXT NOT NULL,
  priority_reason TEXT NOT NULL DEFAULT '',
  status          TEXT NOT NULL CHECK (status IN ('pending','waiting','called','skipped','finished','void')),
  issued_at       INTEGER NOT NULL,
  queued_at       INTEGER NOT NULL,
  front           INTEGER NOT NULL DEFAULT 0,
  target_counter  INTEGER REFERENCES counters(number),
  counter         INTEGER REFERENCES counters(number),
  called_at       INTEGER,
  finished_at     INTEGER,
  recalls         INTEGER NOT NULL DEFAULT 0,
  UNIQUE (day, issued_group_id, number),
  UNIQUE (day, label)
);
CREATE INDEX tickets_queue ON tickets(day, group_id, status);
CREATE INDEX tickets_counter ON tickets(counter, status);

CREATE TABLE ticket_calls(
  id        INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL REFERENCES tickets(id),
  counter   INTEGER NOT NULL,
  at        INTEGER NOT NULL,
  kind      TEXT NOT NULL CHECK (kind IN ('call','recall'))
);
CREATE INDEX ticket_calls_at ON ticket_calls(at);

CREATE TABLE dossiers(
  id                      INTEGER PRIMARY KEY,
  code                    TEXT NOT NULL UNIQUE,
  office                  TEXT NOT NULL,
  day                     TEXT NOT NULL,
  seq                     INTEGER NOT NULL CHECK (seq BETWEEN 1 AND 9999),
  procedure_code          TEXT NOT NULL REFERENCES procedures(code),
  applicant_name          TEXT NOT NULL,
  name_folded             TEXT NOT NULL,
  id_number               TEXT NOT NULL DEFAULT '',
  phone                   TEXT NOT NULL DEFAULT '',
  address                 TEXT NOT NULL DEFAULT '',
  channel                 TEXT NOT NULL CHECK (channel IN ('direct','online','postal')),
  ticket_id               INTEGER REFERENCES tickets(id),
  status                  TEXT NOT NULL,
  received_at             INTEGER NOT NULL,
  original_due_at         INTEGER NOT NULL,
  due_at                  INTEGER NOT NULL,
  resolved_at             INTEGER,
  returned_at             INTEGER,
  returned_to             TEXT NOT NULL DEFAULT '',
  closed_at               INTEGER,
  supplement_requested_at INTEGER,
  supplement_count        INTEGER NOT NULL DEFAULT 0,
  receiver                TEXT NOT NULL,
  unit                    TEXT NOT NULL DEFAULT '',
  version                 INTEGER NOT NULL DEFAULT 1,
  UNIQUE (office, day, seq)
);
-- The sweep and the late list read only dossiers whose clock runs, nearest due first.
CREATE INDEX dossiers_running_due ON dossiers(due_at) WHERE status IN ('received','processing');
CREATE INDEX dossiers_status ON dossiers(status);
CREATE INDEX dossiers_received ON dossiers(received_at);
CREATE INDEX dossiers_name ON dossiers(name_folded);

CREATE TABLE dossier_events(
  id          INTEGER PRIMARY KEY,
  dossier_id  INTEGER NOT NULL REFERENCES dossiers(id),
  at          INTEGER NOT NULL,
  actor       TEXT NOT NULL,
  action      TEXT NOT NULL,
  from_status TEXT NOT NULL DEFAULT '',
  to_status   TEXT NOT NULL,
  note        TEXT NOT NULL DEFAULT '',
  flagged     INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX dossier_events_dossier ON dossier_events(dossier_id);

CREATE TABLE dossier_steps(
  id         INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
  from_unit  TEXT NOT NULL,
  to_unit    TEXT NOT NULL,
  handed_at  INTEGER NOT NULL,
  due_at     INTEGER,
  done_at    INTEGER,
  note       TEXT NOT NULL DEFAULT ''
);
CREATE INDEX dossier_steps_dossier ON dossier_steps(dossier_id);

CREATE TABLE apologies(
  id                    INTEGER PRIMARY KEY,
  dossier_id            INTEGER NOT NULL REFERENCES dossiers(id),
  for_due_at            INTEGER NOT NULL,
  status                TEXT NOT NULL CHECK (status IN ('draft','signed','void')),
  reason                TEXT NOT NULL,
  reason_is_placeholder INTEGER NOT NULL DEFAULT 0,
  proposed_due_at       INTEGER NOT NULL,
  unit                  TEXT NOT NULL DEFAULT '',
  late                  INTEGER NOT NULL DEFAULT 0,
  breach                INTEGER NOT NULL DEFAULT 0,
  drafted_at            INTEGER NOT NULL,
  signed_at             INTEGER,
  signed_by             TEXT NOT NULL DEFAULT '',
  number                INTEGER,
  number_year           INTEGER,
  voided_at             INTEGER,
  -- one slip per dossier per appointment: concurrent sweeps insert-or-ignore against this
  UNIQUE (dossier_id, for_due_at),
  UNIQUE (number_year, number)
);
CREATE INDEX apologies_status ON apologies(status);

CREATE TABLE audit_log(
  id        INTEGER PRIMARY KEY,
  at        INTEGER NOT NULL,
  actor     TEXT NOT NULL,
  action    TEXT NOT NULL,
  subject   TEXT NOT NULL,
  detail    TEXT NOT NULL,
  prev_hash TEXT NOT NULL,
  hash      TEXT NOT NULL
);
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
)SQL";

// [SECTION] schema v2: satisfaction ratings (one per dossier), given at the kiosk.
const char* const kV2 = R"SQL(
CREATE TABLE ratings(
  id         INTEGER PRIMARY KEY,
  dossier_id INTEGER NOT NULL UNIQUE REFERENCES dossiers(id),
  rating     TEXT NOT NULL CHECK (rating IN ('very_satisfied','satisfied','dissatisfied')),
  reasons    TEXT NOT NULL DEFAULT '',
  at         INTEGER NOT NULL
);
)SQL";

// [SECTION] schema v3: the counter's intake drafts, one half-filled form per clerk (issue 5).
const char* const kV3 = R"SQL(
CREATE TABLE intake_drafts(
  username       TEXT PRIMARY KEY,
  procedure_code TEXT NOT NULL DEFAULT '',
  applicant_name TEXT NOT NULL DEFAULT '',
  id_number      TEXT NOT NULL DEFAULT '',
  phone          TEXT NOT NULL DEFAULT '',
  address        TEXT NOT NULL DEFAULT '',
  channel        TEXT NOT NULL DEFAULT 'direct' CHECK (channel IN ('direct','online','postal')),
  ticket         TEXT NOT NULL DEFAULT '',
  papers         TEXT NOT NULL DEFAULT '',  -- one 0/1 per paper of the procedure
  saved_at       INTEGER NOT NULL
) WITHOUT ROWID;
)SQL";

// [SECTION] schema v4: when and how a signed apology slip reached the citizen (issue 6).
const char* const kV4 = R"SQL(
ALTER TABLE apologies ADD COLUMN delivered_at INTEGER;
ALTER TABLE apologies ADD COLUMN delivered_how TEXT NOT NULL DEFAULT '';
)SQL";

// The dossier sequence widens past 9999 and never wraps (DOMAIN.md §5): the CHECK of kV1 is
// relaxed in place, as SQLite's ALTER TABLE documentation (§7) allows for removing a CHECK; no
// stored row changes, and migrate() bumps the schema cookie so other connections reload it.
const char* const kV5 = R"SQL(
PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'CHECK (seq BETWEEN 1 AND 9999)', 'CHECK (seq >= 1)')
 WHERE type = 'table' AND name = 'dossiers';
PRAGMA writable_schema = RESET;
)SQL";

// [SECTION] schema v6: apology timing — the sign-by time a draft was given (due − 1 working day),
// short-notice procedures, slips signed after sign-by; and which years' holiday tables are
// confirmed (DOMAIN.md §2, §8; issue 13). A year that already has calendar rows was imported.
const char* const kV6 = R"SQL(
ALTER TABLE apologies ADD COLUMN sign_by INTEGER;
ALTER TABLE apologies ADD COLUMN short_notice INTEGER NOT NULL DEFAULT 0;
ALTER TABLE apologies ADD COLUMN signed_late INTEGER NOT NULL DEFAULT 0;
CREATE TABLE calendar_years(
  year         INTEGER PRIMARY KEY,
  confirmed_at INTEGER NOT NULL,
  confirmed_by TEXT NOT NULL DEFAULT '',
  how          TEXT NOT NULL CHECK (how IN ('import','supervisor'))
);
INSERT INTO calendar_years(year, confirmed_at, confirmed_by, how)
  SELECT DISTINCT CAST(substr(day, 1, 4) AS INTEGER), CAST(strftime('%s','now') AS INTEGER), '', 'import'
  FROM calendar_days;
)SQL";

// [SECTION] schema v7: a rating of the visit by today's ticket, for a citizen with no dossier
// (issue 12): one per ticket, like one per dossier.
const char* const kV7 = R"SQL(
CREATE TABLE ticket_ratings(
  id        INTEGER PRIMARY KEY,
  ticket_id INTEGER NOT NULL UNIQUE REFERENCES tickets(id),
  rating    TEXT NOT NULL CHECK (rating IN ('very_satisfied','satisfied','dissatisfied')),
  reasons   TEXT NOT NULL DEFAULT '',
  at        INTEGER NOT NULL
);
CREATE INDEX ticket_ratings_at ON ticket_ratings(at);
)SQL";

// [SECTION] schema v8: what the citizen brings (issue 13 item 3, issue 12 item 4): the catalog's
// paper kinds (empty: inferred from the text), the applicant as person or organisation, e-mail,
// an authorised representative, how the result is collected, and the papers handed in.
const char* const kV8 = R"SQL(
ALTER TABLE procedures ADD COLUMN paper_kinds TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN applicant_kind TEXT NOT NULL DEFAULT 'person'
  CHECK (applicant_kind IN ('person','organisation'));
ALTER TABLE dossiers ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN rep_name TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN rep_id_number TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN rep_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN rep_address TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN rep_authorisation TEXT NOT NULL DEFAULT '';
ALTER TABLE dossiers ADD COLUMN collection TEXT NOT NULL DEFAULT 'counter'
  CHECK (collection IN ('counter','post','online'));
ALTER TABLE dossiers ADD COLUMN papers_recorded INTEGER NOT NULL DEFAULT 0;
-- Receipts printed before v8 sent postal dossiers' results by post: keep saying so on a reprint.
UPDATE dossiers SET collection = 'post' WHERE channel = 'postal';
CREATE TABLE dossier_papers(
  dossier_id INTEGER NOT NULL REFERENCES dossiers(id),
  idx        INTEGER NOT NULL,            -- position in the procedure's catalog list at intake
  name       TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('required','conditional','shown')),
  form       TEXT NOT NULL CHECK (form IN ('original','copy','certified')),
  quantity   INTEGER NOT NULL CHECK (quantity BETWEEN 1 AND 99),
  shown      INTEGER NOT NULL DEFAULT 0,  -- only shown (xuất trình), not kept
  PRIMARY KEY (dossier_id, idx)
) WITHOUT ROWID;
ALTER TABLE intake_drafts ADD COLUMN applicant_kind TEXT NOT NULL DEFAULT 'person';
ALTER TABLE intake_drafts ADD COLUMN email TEXT NOT NULL DEFAULT '';
ALTER TABLE intake_drafts ADD COLUMN rep_name TEXT NOT NULL DEFAULT '';
ALTER TABLE intake_drafts ADD COLUMN rep_id_number TEXT NOT NULL DEFAULT '';
ALTER TABLE intake_drafts ADD COLUMN rep_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE intake_drafts ADD COLUMN rep_address TEXT NOT NULL DEFAULT '';
ALTER TABLE intake_drafts ADD COLUMN rep_authorisation TEXT NOT NULL DEFAULT '';
ALTER TABLE intake_drafts ADD COLUMN collection TEXT NOT NULL DEFAULT 'counter';
)SQL";

// [SECTION] schema v9: fees (issue 16): the lines a dossier owes, each paid once, corrected by a
// supervisor, or waived so the result can go back unpaid. Dossiers received before v9 carry none.
const char* const kV9Fees = R"SQL(
CREATE TABLE dossier_fees(
  dossier_id    INTEGER NOT NULL REFERENCES dossiers(id),
  line          INTEGER NOT NULL CHECK (line BETWEEN 1 AND 20),
  label         TEXT NOT NULL,
  amount        INTEGER NOT NULL CHECK (amount BETWEEN 0 AND 100000000),
  exempt_reason TEXT NOT NULL DEFAULT '',
  paid_way      TEXT CHECK (paid_way IN ('cash','transfer','portal')),
  paid_at       INTEGER,
  paid_ref      TEXT NOT NULL DEFAULT '',
  paid_by       TEXT NOT NULL DEFAULT '',
  waived_by     TEXT NOT NULL DEFAULT '',
  waived_reason TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (dossier_id, line)
) WITHOUT ROWID;
CREATE INDEX dossier_fees_paid ON dossier_fees(paid_at) WHERE paid_at IS NOT NULL;
)SQL";

// The store host (issue 14): enrolled devices, staff sessions bound to a device, and each write's
// request id with its answer (a retry returns the first answer). Codes and tokens only hashed.
constexpr const char* kV10Host = R"SQL(
CREATE TABLE host_devices (
  id           INTEGER PRIMARY KEY,
  kind         TEXT NOT NULL CHECK (kind IN ('counter','kiosk','wall','cli')),
  name         TEXT NOT NULL,
  code_hash    TEXT UNIQUE,             -- SHA-256 of the one-time enrolment code; NULL once used
  code_expires INTEGER NOT NULL,
  token_hash   TEXT UNIQUE,             -- SHA-256 of the device token, set at enrolment
  created_at   INTEGER NOT NULL,
  enrolled_at  INTEGER,
  revoked_at   INTEGER
);
CREATE TABLE host_sessions (
  token_hash TEXT PRIMARY KEY,
  device_id  INTEGER NOT NULL REFERENCES host_devices(id),
  username   TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  ends_at    INTEGER NOT NULL,          -- the end of the local day it began
  ended_at   INTEGER
) WITHOUT ROWID;
CREATE TABLE host_requests (
  device_id  INTEGER NOT NULL,
  request_id TEXT NOT NULL,
  method     TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  status     INTEGER,                   -- NULL: the write committed, its answer was never stored
  answer     TEXT,
  PRIMARY KEY (device_id, request_id)
) WITHOUT ROWID;
)SQL";

// [SECTION] schema step: the dossier's check code (issue 14 item 5): printed on the receipt, asked
// with the dossier code by the citizen's status page (/tra-cuu), since dossier codes are guessable.
// New dossiers get theirs from libsodium at receive; existing ones here from SQLite's random(),
// which the OS seeds (ChaCha20 since SQLite 3.40): 6 characters from 31 that cannot be confused.
const char* const kV11CheckCode = R"SQL(
ALTER TABLE dossiers ADD COLUMN check_code TEXT NOT NULL DEFAULT '';
UPDATE dossiers SET check_code =
  substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', (random() & 1073741823) % 31 + 1, 1) ||
  substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', (random() & 1073741823) % 31 + 1, 1) ||
  substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', (random() & 1073741823) % 31 + 1, 1) ||
  substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', (random() & 1073741823) % 31 + 1, 1) ||
  substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', (random() & 1073741823) % 31 + 1, 1) ||
  substr('ABCDEFGHJKMNPQRSTUVWXYZ23456789', (random() & 1073741823) % 31 + 1, 1);
)SQL";

// Issue 12 item 6: one account at two counters. Drafts belong to the account and the counter
// (drafts saved before have counter 0: offered once, at the first counter that looks); and who is
// logged in at which counter, so a second log-in elsewhere is refused or ends the first.
const char* const kV12Sessions = R"SQL(
ALTER TABLE intake_drafts RENAME TO intake_drafts_v8;
CREATE TABLE intake_drafts(
  username       TEXT NOT NULL,
  counter        INTEGER NOT NULL DEFAULT 0,
  procedure_code TEXT NOT NULL DEFAULT '',
  applicant_name TEXT NOT NULL DEFAULT '',
  id_number      TEXT NOT NULL DEFAULT '',
  phone          TEXT NOT NULL DEFAULT '',
  address        TEXT NOT NULL DEFAULT '',
  channel        TEXT NOT NULL DEFAULT 'direct' CHECK (channel IN ('direct','online','postal')),
  ticket         TEXT NOT NULL DEFAULT '',
  papers         TEXT NOT NULL DEFAULT '',
  saved_at       INTEGER NOT NULL,
  applicant_kind TEXT NOT NULL DEFAULT 'person',
  email          TEXT NOT NULL DEFAULT '',
  rep_name       TEXT NOT NULL DEFAULT '',
  rep_id_number  TEXT NOT NULL DEFAULT '',
  rep_phone      TEXT NOT NULL DEFAULT '',
  rep_address    TEXT NOT NULL DEFAULT '',
  rep_authorisation TEXT NOT NULL DEFAULT '',
  collection     TEXT NOT NULL DEFAULT 'counter',
  PRIMARY KEY (username, counter)
) WITHOUT ROWID;
INSERT INTO intake_drafts(username, counter, procedure_code, applicant_name, id_number, phone, address, channel,
  ticket, papers, saved_at, applicant_kind, email, rep_name, rep_id_number, rep_phone, rep_address,
  rep_authorisation, collection)
SELECT username, 0, procedure_code, applicant_name, id_number, phone, address, channel, ticket, papers, saved_at,
  applicant_kind, email, rep_name, rep_id_number, rep_phone, rep_address, rep_authorisation, collection
FROM intake_drafts_v8;
DROP TABLE intake_drafts_v8;
CREATE TABLE counter_sessions(
  username   TEXT PRIMARY KEY,
  counter    INTEGER NOT NULL CHECK (counter > 0),
  started_at INTEGER NOT NULL,
  last_seen  INTEGER NOT NULL
) WITHOUT ROWID;
)SQL";

// Issue 15 item 3: which signed electronic copy (its SHA-256) reached the citizen.
const char* const kV13SignedCopy = R"SQL(
ALTER TABLE apologies ADD COLUMN delivered_copy_sha256 TEXT NOT NULL DEFAULT '';
)SQL";

// Issue 16: the intake draft keeps the fee lines the clerk is confirming (the form's text: one line
// per fee, domain::encodeIntakeFees); NULL for a draft saved before, which gets the catalog's.
const char* const kV14DraftFees = R"SQL(
ALTER TABLE intake_drafts ADD COLUMN fees TEXT;
)SQL";

// Issue 15: the digital dossier. One row per digitised paper or result; the PDF is a file named by
// its SHA-256 beside the store (store/file_store.h), written and fsynced before the row commits.
// A reused paper points to the earlier row (reused_from) and names the same file: no copy.
const char* const kV15Attachments = R"SQL(
CREATE TABLE attachments(
  id          INTEGER PRIMARY KEY,
  dossier_id  INTEGER NOT NULL REFERENCES dossiers(id),
  paper       INTEGER NOT NULL CHECK (paper BETWEEN 0 AND 999),  -- checklist line, 0 for the result
  kind        TEXT NOT NULL CHECK (kind IN ('intake','result')),
  pages       INTEGER NOT NULL CHECK (pages > 0),
  bytes       INTEGER NOT NULL CHECK (bytes > 0),
  sha256      TEXT NOT NULL CHECK (length(sha256) = 64),
  who         TEXT NOT NULL,
  at          INTEGER NOT NULL,
  reused_from INTEGER NOT NULL DEFAULT 0,
  CHECK ((kind = 'result') = (paper = 0))
);
CREATE INDEX attachments_dossier ON attachments(dossier_id);
CREATE INDEX attachments_sha ON attachments(sha256);
)SQL";

// [SECTION] ticket finished unseen (session 7): decided when the clerk finishes it — moments after
// its call, on a clock that moves even when the business clock is fixed (--now) — and kept, rather
// than read later from called_at and finished_at (equal under a fixed clock). Tickets finished
// before this step count as served.
const char* const kV16TicketUnseen = R"SQL(
ALTER TABLE tickets ADD COLUMN finished_unseen INTEGER NOT NULL DEFAULT 0 CHECK (finished_unseen IN (0, 1));
)SQL";

const std::vector<const char*>& migrations()
{
    static const std::vector<const char*> kSteps = {kV1,     kV2,      kV3,       kV4,           kV5,         kV6,
                                                    kV7,     kV8,      kV9Fees,   kV10Host,      kV11CheckCode, kV12Sessions,
                                                    kV13SignedCopy, kV14DraftFees, kV15Attachments, kV16TicketUnseen};
    return kSteps;
}

[[noreturn]] void tooNew(int found)
{
    throw Error(ErrorCode::VersionTooNew,
                "Cơ sở dữ liệu có phiên bản lược đồ " + std::to_string(found) +
                    ", mới hơn phiên bản chương trình này hỗ trợ (" + std::to_string(latestSchemaVersion()) +
                    "); hãy cập nhật motcua");
}

}  // namespace

int latestSchemaVersion() { return static_cast<int>(migrations().size()); }

static bool hasTables(Database& db)
{
    auto& st = db.prepare("SELECT count(*) FROM sqlite_schema WHERE type = 'table'");
    st.step();
    const bool any = st.getInt(0) > 0;
    st.reset();
    return any;
}

int migrate(Database& db) { return migrate(db, latestSchemaVersion()); }

int migrate(Database& db, int target)
{
    target = std::min(target, latestSchemaVersion());
    const int before = db.userVersion();
    if (before > latestSchemaVersion()) tooNew(before);
    // Another program's database: never add our tables to it.
    if (before == 0 && hasTables(db))
        throw Error(ErrorCode::Storage, "Tệp " + db.path() + " là cơ sở dữ liệu của chương trình khác, không phải của motcua");
    if (before < target) db.exec("PRAGMA journal_mode=WAL");
    Transaction tx(db);
    const int current = db.userVersion();
    if (current > latestSchemaVersion()) tooNew(current);
    int ran = 0;
    for (int v = current; v < target; ++v) {
        db.exec(migrations()[static_cast<std::size_t>(v)]);
        ++ran;
    }
    if (ran) {
        db.setUserVersion(target);
        // A step may edit sqlite_schema in place (kV5): a new cookie makes every connection reparse.
        auto& st = db.prepare("PRAGMA schema_version");
        st.step();
        const auto cookie = st.getInt(0);
        st.reset();
        db.exec("PRAGMA schema_version = " + std::to_string(cookie + 1));
    }
    tx.commit();
    return ran;
}

void requireCurrentSchema(Database& db)
{
    const int v = db.userVersion();
    if (v > latestSchemaVersion()) tooNew(v);
    if (v < latestSchemaVersion())
        throw Error(ErrorCode::Storage, v == 0 ? "Tệp chưa phải cơ sở dữ liệu motcua (tạo bằng: motcua init)"
                                               : "Cơ sở dữ liệu cần nâng cấp: chạy motcua init");
}

}  // namespace motcua::store
