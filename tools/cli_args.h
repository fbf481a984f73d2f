// Command-line parsing for `motcua`: a command path ("ticket issue") plus --options, each
// declared per command, checked strictly (unknown, repeated or missing values are errors).
#pragma once

#include "domain/date.h"
#include "domain/error.h"

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace motcua::cli {

struct OptionSpec {
    std::string name;  ///< "--group"
    bool takesValue = true;
    std::string help;
    bool repeatable = false;  ///< may be given several times (read with getAll)
};

/// A bad command line: exit code 2 with the message.
class UsageError : public Error {
public:
    explicit UsageError(const std::string& message) : Error(ErrorCode::InvalidInput, message) {}
};

class Arguments {
public:
    /// Splits argv into the command words and options; `known` lists every option the command
    /// accepts (globals included). Throws UsageError.
    static Arguments parse(const std::vector<std::string>& argv, const std::vector<std::string>& commandWords,
                           const std::vector<OptionSpec>& known);

    [[nodiscard]] bool has(const std::string& name) const;
    [[nodiscard]] std::optional<std::string> get(const std::string& name) const;
    [[nodiscard]] std::string require(const std::string& name) const;
    /// Every value of a repeatable option, in the order given.
    [[nodiscard]] std::vector<std::string> getAll(const std::string& name) const;
    [[nodiscard]] std::optional<long long> getInt(const std::string& name, long long min, long long max) const;
    [[nodiscard]] std::optional<double> getNumber(const std::string& name, double min, double max) const;
    [[nodiscard]] std::optional<domain::Instant> getTime(const std::string& name) const;
    [[nodiscard]] std::optional<domain::Date> getDate(const std::string& name) const;
    /// The words after the command (files), for a command that declares an OptionSpec without "--".
    [[nodiscard]] const std::vector<std::string>& positional() const { return m_positional; }
    /// Exactly one of the names must be given.
    void requireOneOf(const std::vector<std::string>& names) const;

private:
    std::map<std::string, std::string> m_values;
    std::set<std::string> m_flags;
    std::map<std::string, std::vector<std::string>> m_repeated;
    std::vector<std::string> m_positional;
};

/// The command words at the start of argv (after global options are skipped), e.g. {"ticket","issue"}.
[[nodiscard]] std::vector<std::string> commandWords(const std::vector<std::string>& argv,
                                                    const std::set<std::string>& valueOptions);

}  // namespace motcua::cli
