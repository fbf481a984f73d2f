// A digitised file arriving in pieces (the store host's streamed upload, docs/network-protocol.md):
// written to a temporary in the file store's folder and hashed as it comes, so the host never
// holds the whole file in memory. adopt() makes it the stored file named by its hash with a
// rename — no second write — under the same durability rule as FileStore::put (fsync the file,
// rename, fsync the folder, all before the row commits). Whatever is not adopted is removed by
// the destructor (a refused, cut-off or failed upload leaves nothing; a crash leaves a temporary
// that FileStore::sweep removes).
#pragma once

#include "store/file_store.h"

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>

namespace motcua::store {

class IncomingFile {
public:
    /// Creates the temporary (and the folder if needed). Error(Storage) when it cannot.
    explicit IncomingFile(const FileStore& store);
    ~IncomingFile();
    IncomingFile(const IncomingFile&) = delete;
    IncomingFile& operator=(const IncomingFile&) = delete;

    /// Appends `n` bytes. Error(Storage) when the disk refuses them.
    void write(const char* data, std::size_t n);
    /// All bytes are in: makes them durable and fixes the hash. Error(Storage) when fsync fails.
    void finish();

    [[nodiscard]] std::int64_t size() const;
    /// After finish(): the SHA-256 of the bytes, lowercase hex.
    [[nodiscard]] const std::string& sha256() const;
    /// Where the bytes are now (the temporary, or the stored file once adopted).
    [[nodiscard]] const std::string& path() const;

    /// After finish(): the file becomes `store`'s file for its hash (if that file is there already,
    /// it is kept, its time refreshed, and the temporary removed). Error(Storage) on failure.
    void adopt(FileStore& store);

private:
    struct State;
    std::unique_ptr<State> m;
};

/// SHA-256 of the file at `path` read in pieces (never whole in memory), lowercase hex; empty
/// when it cannot be opened.
[[nodiscard]] std::string sha256OfFile(const std::string& path);

}  // namespace motcua::store
