// The Desk's JSON codec: every type round-trips with every field, lists every member of its struct,
// and hostile input is refused with Error(InvalidInput) naming the field, never a crash.
#include "filled_values.h"

#include "net/desk_codec.h"

#include "domain/error.h"

#include <catch2/catch.hpp>

#include <utility>

using namespace motcua;
using net::Json;

namespace {

/// Converts to any member type: counts an aggregate's members by how many it takes.
struct AnyField {
    template <class U>
    operator U() const;  // NOLINT(google-explicit-constructor): unevaluated only
};

template <class T, std::size_t... I>
constexpr bool initialisableWith(std::index_sequence<I...> /*unused*/)
{
    return requires { T{(void(I), AnyField{})...}; };
}

template <class T, std::size_t N = 0>
constexpr std::size_t memberCount()
{
    if constexpr (initialisableWith<T>(std::make_index_sequence<N + 1>{}))
        return memberCount<T, N + 1>();
    else
        return N;
}

struct CountingVisitor {
    std::size_t count = 0;
    template <class M>
    void operator()(const char* /*name*/, const M& /*member*/)
    {
        ++count;
    }
};

/// The codec lists every member, encodes every member away from its default and decodes what it
/// encoded (through JSON text) back to the same value.
template <class T>
void checkRoundTrip(const T& value)
{
    CountingVisitor counter;
    net::fields::visit(counter, value);
    INFO("a member is missing from desk_codec_fields.h");
    CHECK(counter.count == memberCount<T>());

    const Json encoded = net::encode(value);
    const Json defaults = net::encode(T{});
    for (const auto& [key, item] : encoded.items()) {
        INFO("field " << key << " is not filled in filled_values.cpp");
        CHECK(item != defaults.at(key));
    }
    const T back = net::decode<T>(Json::parse(encoded.dump()), "value");
    CHECK(net::encode(back) == encoded);
    if constexpr (std::equality_comparable<T>) CHECK(back == value);
}

ErrorCode codeOf(auto&& f)
{
    try {
        f();
    } catch (const Error& e) {
        return e.code();
    }
    return ErrorCode::Internal;
}

std::string messageOf(auto&& f)
{
    try {
        f();
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        return e.what();
    }
    return "(no error)";
}

}  // namespace

TEST_CASE("every domain type round-trips with every field", "[codec]")
{
    using namespace test::filled;
    checkRoundTrip(date());
    checkRoundTrip(staffMember());
    checkRoundTrip(serviceGroup());
    checkRoundTrip(counter());
    checkRoundTrip(ticket());
    checkRoundTrip(ticketHours());
    checkRoundTrip(calendarDay());
    checkRoundTrip(representative());
    checkRoundTrip(catalogPaper());
    checkRoundTrip(submittedPaper());
    checkRoundTrip(paperEntry());
    checkRoundTrip(procedure());
    checkRoundTrip(procedureRowError());
    checkRoundTrip(procedureImport());
    checkRoundTrip(intakeFee());
    checkRoundTrip(intakeDraft());
    checkRoundTrip(dossier());
    checkRoundTrip(dossierEvent());
    checkRoundTrip(dossierStep());
    checkRoundTrip(apology());
    checkRoundTrip(dossierDetail());
    checkRoundTrip(publicStep());
    checkRoundTrip(publicSlip());
    checkRoundTrip(publicDossierView());
    checkRoundTrip(feePayment());
    checkRoundTrip(feeLine());
    checkRoundTrip(attachment());
    checkRoundTrip(feeCollection());
    checkRoundTrip(reportFigures());
    checkRoundTrip(reportRow());
    checkRoundTrip(measure());
    checkRoundTrip(qualityIndicator());
    checkRoundTrip(qualityScore());
    checkRoundTrip(report());
}

TEST_CASE("every service request and answer round-trips with every field", "[codec]")
{
    using namespace test::filled;
    checkRoundTrip(issueTicketRequest());
    checkRoundTrip(issuedTicket());
    checkRoundTrip(groupStatus());
    checkRoundTrip(transferRequest());
    checkRoundTrip(receiveRequest());
    checkRoundTrip(dossierQuery());
    checkRoundTrip(dossierSummary());
    checkRoundTrip(dueEstimate());
    checkRoundTrip(sweepResult());
    checkRoundTrip(signApologyRequest());
    checkRoundTrip(auditReport());
    checkRoundTrip(attachRequest());
    checkRoundTrip(forwardTarget());
    checkRoundTrip(calendarSuggestion());
    checkRoundTrip(staffAccount());
    checkRoundTrip(recentCall());
    checkRoundTrip(wallServing());
    checkRoundTrip(wallWaiting());
    checkRoundTrip(wallDossier());
    checkRoundTrip(wallPicture());
}

TEST_CASE("the wire form: C++ member names, integer instants, enum names, null for unset", "[codec]")
{
    auto t = test::filled::ticket();
    t.finishedAt.reset();
    const Json j = net::encode(t);
    CHECK(j.at("label") == "A023");
    CHECK(j.at("status") == "called");
    CHECK(j.at("issuedAt") == 1'790'000'000);
    CHECK(j.at("day") == Json{{"year", 2026}, {"month", 11}, {"day", 27}});
    CHECK(j.at("finishedAt").is_null());
    // Absent and null both mean unset.
    Json absent = j;
    absent.erase("finishedAt");
    absent.erase("calledAt");
    const auto back = net::decode<domain::Ticket>(absent, "ticket");
    CHECK_FALSE(back.finishedAt);
    CHECK_FALSE(back.calledAt);
    CHECK(net::encode(service::DossierQuery{}).at("kind") == "all");
    CHECK(net::encode(domain::CalendarOverride::Workday) == "workday");
    CHECK(net::encode(std::map<std::string, std::string>{{"office.name", "Xã"}}) == Json{{"office.name", "Xã"}});
}

TEST_CASE("hostile input is refused as InvalidInput naming the field", "[codec]")
{
    const Json good = net::encode(test::filled::receiveRequest());
    auto with = [&](const char* field, Json value) {
        Json j = good;
        j[field] = std::move(value);
        return j;
    };
    auto decodeRequest = [](const Json& j) { (void)net::decode<service::ReceiveRequest>(j, "request"); };

    CHECK(messageOf([&] { decodeRequest(with("applicantName", 5)); }) ==
          "Trường \"request.applicantName\" phải là chuỗi");
    Json missing = good;
    missing.erase("phone");
    CHECK(messageOf([&] { decodeRequest(missing); }) == "Thiếu trường \"request.phone\"");
    CHECK(messageOf([&] { decodeRequest(with("channel", "pigeon")); }).find("direct, online, postal") !=
          std::string::npos);
    CHECK(messageOf([&] { decodeRequest(with("channel", 1)); }).find("request.channel") != std::string::npos);
    CHECK(messageOf([&] { decodeRequest(with("address", "\xFF\xFE")); }) ==
          "Trường \"request.address\" không phải văn bản UTF-8 hợp lệ");
    Json badPaper = good;
    badPaper["papers"][0]["quantity"] = 4'000'000'000LL;
    CHECK(messageOf([&] { decodeRequest(badPaper); }).find("request.papers[0].quantity") != std::string::npos);
    badPaper["papers"][0]["quantity"] = 1.5;
    CHECK(messageOf([&] { decodeRequest(badPaper); }) == "Trường \"request.papers[0].quantity\" phải là một số nguyên");
    CHECK(codeOf([&] { decodeRequest(with("papers", Json::object())); }) == ErrorCode::InvalidInput);
    CHECK(codeOf([&] { decodeRequest(with("representative", Json::array())); }) == ErrorCode::InvalidInput);
    CHECK(codeOf([&] { decodeRequest(Json("a string")); }) == ErrorCode::InvalidInput);
    CHECK(codeOf([&] { decodeRequest(Json(nullptr)); }) == ErrorCode::InvalidInput);
    // A null where a value is required is not "unset".
    CHECK(codeOf([&] { decodeRequest(with("idNumber", nullptr)); }) == ErrorCode::InvalidInput);

    CHECK(codeOf([] { (void)net::decode<std::int64_t>(Json(18'446'744'073'709'551'615ULL), "id"); }) ==
          ErrorCode::InvalidInput);
    CHECK(codeOf([] { (void)net::decode<domain::Date>(Json{{"year", 2026}, {"month", 2}, {"day", 30}}, "date"); }) ==
          ErrorCode::InvalidInput);
    CHECK(codeOf([] { (void)net::decode<bool>(Json(1), "open"); }) == ErrorCode::InvalidInput);
    CHECK(codeOf([] { (void)net::decode<std::map<std::string, std::string>>(Json{{"k", 1}}, "values"); }) ==
          ErrorCode::InvalidInput);
    CHECK(codeOf([] { net::requireUtf8(Json{{"a", {"ok", "\xC3"}}}, ""); }) == ErrorCode::InvalidInput);
}

TEST_CASE("fuzzed JSON never escapes as anything but motcua::Error", "[codec]")
{
    // Every field of a dossier detail replaced in turn by values of every JSON type.
    const Json good = net::encode(test::filled::dossierDetail());
    const Json junk[] = {nullptr, true, -1, 1e300, "x", Json::array({1}), Json::object({{"a", 1}})};
    int refused = 0;
    for (const auto& [section, part] : good.items()) {
        if (!part.is_object()) continue;
        for (const auto& [field, item] : part.items()) {
            for (const auto& value : junk) {
                Json j = good;
                j[section][field] = value;
                try {
                    (void)net::decode<domain::DossierDetail>(j, "detail");
                } catch (const Error& e) {
                    CHECK(e.code() == ErrorCode::InvalidInput);
                    ++refused;
                }
            }
        }
    }
    CHECK(refused > 100);
}
