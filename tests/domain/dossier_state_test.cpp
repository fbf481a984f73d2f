// Every move of the dossier state machine, legal and illegal, against a table written here
// independently of the implementation.
#include "domain/dossier_state.h"
#include "domain/error.h"

#include <catch2/catch.hpp>

#include <map>
#include <utility>

using namespace motcua::domain;
using S = DossierStatus;
using A = DossierAction;

TEST_CASE("the transition table", "[state]")
{
    const std::map<std::pair<S, A>, S> legal = {
        {{S::Received, A::Forward}, S::Processing},
        {{S::Received, A::RequestSupplement}, S::WaitingSupplement},
        {{S::Received, A::MarkResult}, S::ResultReady},
        {{S::Received, A::Refuse}, S::Refused},
        {{S::Received, A::Withdraw}, S::Withdrawn},
        {{S::Received, A::Stop}, S::Stopped},
        {{S::Processing, A::Forward}, S::Processing},
        {{S::Processing, A::CompleteStep}, S::Processing},
        {{S::Processing, A::RequestSupplement}, S::WaitingSupplement},
        {{S::Processing, A::MarkResult}, S::ResultReady},
        {{S::Processing, A::Refuse}, S::Refused},
        {{S::Processing, A::Withdraw}, S::Withdrawn},
        {{S::Processing, A::Stop}, S::Stopped},
        {{S::WaitingSupplement, A::Resume}, S::Processing},
        {{S::WaitingSupplement, A::Refuse}, S::Refused},
        {{S::WaitingSupplement, A::Withdraw}, S::Withdrawn},
        {{S::WaitingSupplement, A::Stop}, S::Stopped},
        {{S::ResultReady, A::ReturnResult}, S::Returned},
    };
    int checked = 0;
    for (auto s : kAllStatuses) {
        for (auto a : kAllActions) {
            const auto it = legal.find({s, a});
            const auto got = transition(s, a);
            INFO(statusName(s) << " + " << actionName(a));
            if (it == legal.end()) {
                REQUIRE_FALSE(got.has_value());
                REQUIRE_THROWS_AS(applyAction(s, a), motcua::Error);
            } else {
                REQUIRE(got == it->second);
                REQUIRE(applyAction(s, a) == it->second);
            }
            ++checked;
        }
    }
    REQUIRE(checked == 8 * 9);
}

TEST_CASE("illegal moves say what and why in Vietnamese", "[state]")
{
    try {
        applyAction(S::Returned, A::Forward);
        FAIL("no error");
    } catch (const motcua::Error& e) {
        REQUIRE(e.code() == motcua::ErrorCode::IllegalState);
        REQUIRE(std::string(e.what()) == "Không thể chuyển xử lý khi hồ sơ đang ở trạng thái \"Đã trả kết quả\"");
    }
}

TEST_CASE("status names round-trip and classify", "[state]")
{
    for (auto s : kAllStatuses) REQUIRE(parseStatus(statusName(s)) == s);
    REQUIRE_FALSE(parseStatus("late"));
    REQUIRE(isClockRunning(S::Processing));
    REQUIRE_FALSE(isClockRunning(S::WaitingSupplement));
    REQUIRE(isPending(S::WaitingSupplement));
    REQUIRE(isResolved(S::Returned));
    REQUIRE(isClosedWithoutResult(S::Stopped));
}

TEST_CASE("outcomes are judged against the original due time", "[state]")
{
    const Instant due = fromLocal({2026, 11, 20}, 17 * 60);
    REQUIRE(outcomeOf(fromLocal({2026, 11, 19}, 16 * 60), due) == Outcome::Early);
    REQUIRE(outcomeOf(fromLocal({2026, 11, 20}, 9 * 60), due) == Outcome::OnTime);
    REQUIRE(outcomeOf(due, due) == Outcome::OnTime);
    REQUIRE(outcomeOf(due + 60, due) == Outcome::Late);
}
