// The digital dossier's files (issue 15): each PDF stored once, named by its SHA-256, in a folder
// beside the store (`<db>.files/ab/<sha256>`). A file is written to a temporary name, fsynced,
// renamed into place and its folder fsynced — all before the row that names it commits — so a
// crash can leave a file without a row (swept later) but never a row without its file. Every
// read checks the hash.
#pragma once

#include "domain/error.h"

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

namespace motcua::store {

class FileStore {
public:
    /// The folder of the store at `dbPath`: "<dbPath>.files".
    [[nodiscard]] static std::string folderFor(const std::string& dbPath);
    explicit FileStore(std::string folder);

    /// Stores `bytes` durably; returns their SHA-256 (lowercase hex). A file already there with
    /// this hash is kept (its time refreshed so a sweep running now leaves it alone).
    std::string put(const std::string& bytes);
    /// The file's bytes, checked: Error(NotFound) when missing, Error(Storage) when its content no
    /// longer has this hash.
    [[nodiscard]] std::string get(const std::string& sha256) const;

    /// get()'s checks without holding the file (read in pieces): throws as get() would.
    void verify(const std::string& sha256) const;
    /// get()'s errors: the file is missing, or its content no longer has this hash.
    [[nodiscard]] Error missing(const std::string& sha256) const;
    [[nodiscard]] static Error changed(const std::string& sha256);

    enum class State { Ok, Missing, Corrupt };
    [[nodiscard]] State check(const std::string& sha256) const;
    /// Every stored file's hash (temporaries left out).
    [[nodiscard]] std::vector<std::string> list() const;
    /// Removes files not in `keep` (sorted) and temporaries, both only when older than
    /// `graceSeconds` (a writer may be about to commit their row). Returns how many went.
    int sweep(const std::vector<std::string>& keep, std::int64_t graceSeconds);
    /// Puts a checked copy of file `sha256` into `other` (temporary, fsync, rename), unless there.
    void copyTo(const std::string& sha256, FileStore& other) const;

    /// A new empty temporary in the folder (made if needed): its open descriptor and its path.
    /// The caller removes it, or hands it to adopt(); a sweep removes one left by a crash.
    [[nodiscard]] std::pair<int, std::string> createTemporary();
    /// Makes the temporary `temp` (in this folder, written and fsynced) the file for `sha256`: a
    /// rename, then the folder fsynced. If a sound file with that hash is there already it is kept
    /// (its time refreshed) and `temp` removed.
    void adopt(const std::string& temp, const std::string& sha256);

    [[nodiscard]] const std::string& folder() const { return m_folder; }
    [[nodiscard]] std::string pathOf(const std::string& sha256) const;

private:
    std::string m_folder;
};

/// SHA-256 of `bytes`, lowercase hex (libsodium).
[[nodiscard]] std::string sha256Hex(const std::string& bytes);

}  // namespace motcua::store
