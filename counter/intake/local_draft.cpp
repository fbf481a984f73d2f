// The local draft file as JSON (nlohmann-json): enum fields by their stable names, the papers
// checklist in the store's own token encoding, so both copies read the same way.
#include "counter/intake/local_draft.h"

#include "domain/error.h"
#include "domain/papers.h"
#include "store/durable_file.h"

#include <nlohmann/json.hpp>


#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

namespace motcua::counter {

namespace {

namespace fs = std::filesystem;

std::string env(const char* name)
{
    const char* v = std::getenv(name);
    return v ? std::string(v) : std::string();
}

nlohmann::json toJson(const domain::IntakeDraft& d)
{
    const auto& r = d.representative;
    return {{"procedure", d.procedureCode},
            {"name", d.applicantName},
            {"id", d.idNumber},
            {"phone", d.phone},
            {"address", d.address},
            {"channel", domain::channelName(d.channel)},
            {"ticket", d.ticket},
            {"kind", domain::applicantKindName(d.applicantKind)},
            {"email", d.email},
            {"rep", {{"name", r.name}, {"id", r.idNumber}, {"phone", r.phone}, {"address", r.address}, {"authorisation", r.authorisation}}},
            {"collection", domain::collectionName(d.collection)},
            {"papers", domain::encodePaperEntries(d.papers)},
            {"saved_at", d.savedAt}};
}

domain::IntakeDraft fromJson(const nlohmann::json& j)
{
    domain::IntakeDraft d;
    d.procedureCode = j.at("procedure").get<std::string>();
    d.applicantName = j.at("name").get<std::string>();
    d.idNumber = j.at("id").get<std::string>();
    d.phone = j.at("phone").get<std::string>();
    d.address = j.at("address").get<std::string>();
    d.channel = domain::parseChannel(j.at("channel").get<std::string>()).value_or(domain::Channel::Direct);
    d.ticket = j.at("ticket").get<std::string>();
    d.applicantKind = domain::parseApplicantKind(j.at("kind").get<std::string>()).value_or(domain::ApplicantKind::Person);
    d.email = j.at("email").get<std::string>();
    const auto& r = j.at("rep");
    d.representative = {r.at("name").get<std::string>(), r.at("id").get<std::string>(), r.at("phone").get<std::string>(),
                        r.at("address").get<std::string>(), r.at("authorisation").get<std::string>()};
    d.collection = domain::parseCollection(j.at("collection").get<std::string>()).value_or(domain::Collection::Counter);
    d.papers = domain::decodePaperEntries(j.at("papers").get<std::string>());
    d.savedAt = j.at("saved_at").get<domain::Instant>();
    return d;
}


}  // namespace

std::string defaultConfigDir()
{
    if (auto d = env("MOTCUA_CONFIG_DIR"); !d.empty()) return d;
    if (auto x = env("XDG_CONFIG_HOME"); !x.empty()) return x + "/motcua";
    if (auto h = env("HOME"); !h.empty()) return h + "/.config/motcua";
    return {};
}

std::string localDraftPath(const std::string& dir, const std::string& username, int counter)
{
    std::string safe;
    for (char c : username) safe += (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.') ? c : '_';
    return (fs::path(dir) / ("counter-draft-" + safe + "-q" + std::to_string(counter) + ".json")).string();
}

void saveLocalDraft(const std::string& dir, const std::string& username, int counter, const domain::IntakeDraft& draft)
{
    store::writeFileDurably(localDraftPath(dir, username, counter), toJson(draft).dump(), "bản nháp");
}

std::optional<domain::IntakeDraft> loadLocalDraft(const std::string& dir, const std::string& username, int counter)
{
    std::ifstream in(localDraftPath(dir, username, counter));
    if (!in) return std::nullopt;
    std::stringstream text;
    text << in.rdbuf();
    try {
        return fromJson(nlohmann::json::parse(text.str()));
    } catch (const std::exception&) {
        return std::nullopt;  // a torn or foreign file: nothing to offer
    }
}

void discardLocalDraft(const std::string& dir, const std::string& username, int counter)
{
    std::error_code ec;
    fs::remove(localDraftPath(dir, username, counter), ec);
}

}  // namespace motcua::counter
