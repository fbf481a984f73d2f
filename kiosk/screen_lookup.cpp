// Dossier look-up (type or scan the code → status, appointment, steps, apology slips, masked
// name only) and the satisfaction rating (code → Rất hài lòng / Hài lòng / Không hài lòng →
// optional reasons → thanks).
#include "kiosk/screens.h"

#include "ui/headless.h"
#include "ui/theme.h"
#include "ui/widgets.h"

#include <algorithm>
#include <iterator>

namespace motcua::kiosk {

namespace {

ImU32 statusColor(const domain::PublicDossierView& v)
{
    if (v.late) return ui::colors::kDanger;
    switch (v.status) {
    case domain::DossierStatus::ResultReady:
    case domain::DossierStatus::Returned: return ui::colors::kSuccess;
    case domain::DossierStatus::WaitingSupplement: return ui::colors::kPriority;
    case domain::DossierStatus::Refused:
    case domain::DossierStatus::Withdrawn:
    case domain::DossierStatus::Stopped: return palette::kGrey;
    default: return ui::colors::kPrimary;
    }
}

/// "Name: value" on one line, wrapped; returns the height.
float field(const ui::Fonts& fonts, const std::string& name, const std::string& value, ImVec2 pos, float width,
            ImU32 color = ui::colors::kText)
{
    const float nameW = std::min(width * 0.38f, 300.0f);
    textBlock(fonts.body, name, pos, nameW - 12, ui::colors::kMuted);
    return std::max(textBlock(fonts.body, value, ImVec2(pos.x + nameW, pos.y), width - nameW, color), fonts.body->FontSize * 1.15f) + 8;
}

}  // namespace

float dossierSummary(const domain::PublicDossierView& v, Lang lang, const ui::Fonts& fonts, ImVec2 pos, float width, bool full)
{
    float y = pos.y;
    // The status, big, in its colour; "late" beside it when it is.
    std::string status = statusText(lang, v.status);
    if (v.late) status += "  ·  " + std::string(tr(lang, txt::kLateBadge));
    const float sh = fonts.large->FontSize * 1.7f;
    panel(ImVec2(pos.x, y), ImVec2(pos.x + width, y + sh), statusColor(v), 14.0f);
    textBlock(fonts.large, status, ImVec2(pos.x + 24, y + fonts.large->FontSize * 0.3f), width - 48, IM_COL32_WHITE, Align::Left, 1);
    y += sh + 16;
    y += textBlock(fonts.large, v.procedureName, ImVec2(pos.x, y), width, ui::colors::kText, Align::Left, 3) + 10;
    y += field(fonts, tr(lang, txt::kApplicant), v.maskedName, ImVec2(pos.x, y), width);
    y += field(fonts, tr(lang, txt::kCode), v.code, ImVec2(pos.x, y), width);
    if (!full) return y - pos.y;
    y += field(fonts, tr(lang, txt::kReceivedAt), dateTimeText(lang, v.receivedAt), ImVec2(pos.x, y), width);
    y += field(fonts, tr(lang, txt::kAppointment), dateTimeText(lang, v.dueAt), ImVec2(pos.x, y), width,
               v.late ? ui::colors::kDanger : ui::colors::kText);
    if (v.returnedAt) y += field(fonts, tr(lang, txt::kReturnedAt), dateTimeText(lang, *v.returnedAt), ImVec2(pos.x, y), width);
    return y - pos.y;
}

float dossierHistory(const domain::PublicDossierView& v, Lang lang, const ui::Fonts& fonts, ImVec2 pos, float width)
{
    float y = pos.y;
    // Issue 16: a fee still owed, with the VietQR to pay it from a phone.
    if (v.owedVnd > 0) {
        y += field(fonts, tr(lang, txt::kFeeOwed), domain::formatVnd(v.owedVnd), ImVec2(pos.x, y), width, ui::colors::kDanger);
        if (!v.paymentQr.empty()) {
            const float side = std::min(260.0f, width * 0.4f);
            ImGui::SetCursorScreenPos(ImVec2(pos.x, y));
            ui::qrCode(documents::makeQr(v.paymentQr), side);
            textBlock(fonts.body, tr(lang, txt::kScanToPay), ImVec2(pos.x + side + 16, y), width - side - 16, ui::colors::kText);
            y += side + 12;
        }
    }
    if (!v.apologies.empty()) {
        y += textBlock(fonts.large, tr(lang, txt::kApologies), ImVec2(pos.x, y), width, ui::colors::kDanger) + 6;
        for (const auto& a : v.apologies) {
            const std::string line = std::string(tr(lang, txt::kNewDate)) + ": " + dateTimeText(lang, a.newDueAt) +
                                     (a.number.empty() ? "" : "  (" + a.number + ")") + "\n" + tr(lang, txt::kReason) + ": " + a.reason;
            y += messageBox(line, ui::colors::kDanger, ImVec2(pos.x, y), width, fonts) + 8;
        }
    }
    if (!v.apologies.empty()) y += 10;
    y += textBlock(fonts.large, tr(lang, txt::kSteps), ImVec2(pos.x, y), width, ui::colors::kText) + 6;
    if (v.steps.empty()) y += textBlock(fonts.body, tr(lang, txt::kNoSteps), ImVec2(pos.x, y), width, ui::colors::kMuted);
    for (const auto& st : v.steps) {
        const std::string when = dateTimeText(lang, st.handedAt) + "  —  " +
                                 (st.doneAt ? std::string(tr(lang, txt::kStepDone)) + " " + dateTimeText(lang, *st.doneAt)
                                            : std::string(tr(lang, txt::kStepOpen)));
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + 10, y + fonts.body->FontSize * 0.6f), 7,
                                                    st.doneAt ? ui::colors::kSuccess : ui::colors::kPriority);
        y += textBlock(fonts.body, st.unit, ImVec2(pos.x + 30, y), width - 30, ui::colors::kText, Align::Left, 2);
        y += textBlock(fonts.body, when, ImVec2(pos.x + 30, y), width - 30, ui::colors::kMuted, Align::Left, 2) + 8;
    }
    return y - pos.y;
}

void drawLookup(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l)
{
    auto& st = s.lookup;
    float y = l.bodyMin.y;
    y += textBlock(fonts.large, tr(s.lang, txt::kLookupTitle), ImVec2(l.bodyMin.x, y), l.bodyW(), palette::kTeal, Align::Center) + l.gap * 0.5f;
    if (st.result) {
        const float bh = fonts.large->FontSize * 2.2f;
        if (l.portrait) {
            y += dossierSummary(*st.result, s.lang, fonts, ImVec2(l.bodyMin.x, y), l.bodyW(), true) + l.gap;
            y += dossierHistory(*st.result, s.lang, fonts, ImVec2(l.bodyMin.x, y), l.bodyW()) + l.gap;
        } else {
            const float w = (l.bodyW() - l.gap * 2) * 0.5f;
            const float left = dossierSummary(*st.result, s.lang, fonts, ImVec2(l.bodyMin.x, y), w, true);
            const float right = dossierHistory(*st.result, s.lang, fonts, ImVec2(l.bodyMin.x + w + l.gap * 2, y), w);
            y += std::max(left, right) + l.gap;
        }
        const bool canRate = !st.result->rated;
        const float bw = canRate ? (l.bodyW() - l.gap) * 0.5f : l.bodyW();
        const float by = std::min(y, l.bodyMax.y - bh);
        if (tapButton("##another", tr(s.lang, txt::kAnotherCode), "", ImVec2(l.bodyMin.x, by), ImVec2(bw, bh), palette::kTeal, fonts.large))
            out.push_back(GoTo{Screen::Lookup});
        if (canRate && tapButton("##rate-this", tr(s.lang, txt::kRateThis), "", ImVec2(l.bodyMin.x + bw + l.gap, by), ImVec2(bw, bh),
                                 palette::kGreen, fonts.large))
            out.push_back(GoTo{Screen::Rating}), out.push_back(OpenRating{st.result->code});
        return;
    }
    y += textBlock(fonts.body, tr(s.lang, txt::kEnterCode), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center);
    y += textBlock(fonts.body, tr(s.lang, txt::kCodeExample), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kMuted, Align::Center) + l.gap;
    if (!st.error.empty())
        y += messageBox(tr(s.lang, *st.error.text), ui::colors::kDanger, ImVec2(l.bodyMin.x, y), l.bodyW(), fonts) + l.gap;
    const float h = std::min(l.bodyMax.y - y, l.portrait ? 900.0f : l.bodyMax.y - y);
    if (codeEntry(s, st.entry, fonts, ImVec2(l.bodyMin.x, y), l.bodyW(), h, "lookup")) out.push_back(LookUp{st.entry.text});
}

namespace {

void drawRatingChoice(KioskState& s, const ui::Fonts& fonts, const Layout& l, float y)
{
    auto& st = s.rating;
    if (st.dossier) {
        y += dossierSummary(*st.dossier, s.lang, fonts, ImVec2(l.bodyMin.x, y), l.bodyW(), false) + l.gap;
    } else {
        const std::string visit = std::string(tr(s.lang, txt::kVisitByTicket)) + " " + st.ticket + " · " + st.ticketGroup;
        y += textBlock(fonts.large, visit, ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center) + l.gap;
    }
    y += textBlock(fonts.large, tr(s.lang, txt::kHowWasIt), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center) + l.gap;
    struct Choice {
        const char* id;
        domain::Rating rating;
        ImU32 fill;
    };
    const Choice choices[] = {{"##very-satisfied", domain::Rating::VerySatisfied, palette::kGreen},
                              {"##satisfied", domain::Rating::Satisfied, ui::colors::kPrimary},
                              {"##dissatisfied", domain::Rating::Dissatisfied, ui::colors::kDanger}};
    const int cols = l.portrait ? 1 : 3;
    const float w = (l.bodyW() - static_cast<float>(cols - 1) * l.gap) / static_cast<float>(cols);
    const float h = l.portrait ? 170.0f : 260.0f;
    for (int i = 0; i < 3; ++i) {
        const ImVec2 pos(l.bodyMin.x + static_cast<float>(i % cols) * (w + l.gap), y + static_cast<float>(i / cols) * (h + l.gap));
        if (tapButton(choices[i].id, ratingText(s.lang, choices[i].rating), "", pos, ImVec2(w, h), choices[i].fill, fonts.large)) {
            st.rating = choices[i].rating;  // this screen's own step; the store sees only SubmitRating
            st.reasons.clear();
            st.step = RatingStep::Reasons;
        }
    }
}

void drawRatingReasons(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l, float y)
{
    auto& st = s.rating;
    const bool praise = st.rating != domain::Rating::Dissatisfied;
    const Text* list = praise ? kPraiseReasons : kComplaintReasons;
    const int n = praise ? static_cast<int>(std::size(kPraiseReasons)) : static_cast<int>(std::size(kComplaintReasons));
    y += textBlock(fonts.large, ratingText(s.lang, *st.rating), ImVec2(l.bodyMin.x, y), l.bodyW(),
                   praise ? palette::kGreen : ui::colors::kDanger, Align::Center) + 8;
    y += textBlock(fonts.body, tr(s.lang, txt::kReasonsOptional), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center) + l.gap;
    const int cols = l.portrait ? 1 : 2;
    const float w = (l.bodyW() - static_cast<float>(cols - 1) * l.gap) / static_cast<float>(cols);
    const float h = fonts.large->FontSize * 2.3f;
    for (int i = 0; i < n; ++i) {
        const ImVec2 pos(l.bodyMin.x + static_cast<float>(i % cols) * (w + l.gap), y + static_cast<float>(i / cols) * (h + l.gap * 0.5f));
        const auto it = std::find(st.reasons.begin(), st.reasons.end(), i);
        const bool on = it != st.reasons.end();
        const std::string id = "##reason-" + std::to_string(i);
        if (cardButton(id.c_str(), tr(s.lang, list[i]), "", pos, ImVec2(w, h), fonts, on, true)) {
            if (on) st.reasons.erase(it);
            else st.reasons.push_back(i);
        }
    }
    y += static_cast<float>((n + cols - 1) / cols) * (h + l.gap * 0.5f) + l.gap;
    std::string reasons;
    for (int i : st.reasons) reasons += (reasons.empty() ? "" : "; ") + std::string(list[i].vi);
    const float bh = fonts.large->FontSize * 2.4f;
    if (tapButton("##send", tr(s.lang, txt::kSend), "", ImVec2(l.bodyMin.x, std::min(y, l.bodyMax.y - bh)), ImVec2(l.bodyW(), bh),
                  palette::kGreen, fonts.large))
        out.push_back(st.dossier ? SubmitRating{st.dossier->code, *st.rating, reasons, false}
                                 : SubmitRating{st.ticket, *st.rating, reasons, true});
}

}  // namespace

void drawRating(KioskState& s, Commands& out, const ui::Fonts& fonts, const Layout& l)
{
    auto& st = s.rating;
    float y = l.bodyMin.y;
    y += textBlock(fonts.large, tr(s.lang, txt::kRatingTitle), ImVec2(l.bodyMin.x, y), l.bodyW(), palette::kGreen, Align::Center) + l.gap * 0.5f;
    if (!st.error.empty() && st.step != RatingStep::Code)
        y += messageBox(tr(s.lang, *st.error.text), ui::colors::kDanger, ImVec2(l.bodyMin.x, y), l.bodyW(), fonts) + l.gap;
    switch (st.step) {
    case RatingStep::Code: {
        y += textBlock(fonts.body, tr(s.lang, txt::kRatingCode), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center) + l.gap;
        if (!st.error.empty())
            y += messageBox(tr(s.lang, *st.error.text), ui::colors::kDanger, ImVec2(l.bodyMin.x, y), l.bodyW(), fonts) + l.gap;
        if (codeEntry(s, st.entry, fonts, ImVec2(l.bodyMin.x, y), l.bodyW(), l.bodyMax.y - y, "rating"))
            out.push_back(OpenRating{st.entry.text});
        break;
    }
    case RatingStep::Choose: drawRatingChoice(s, fonts, l, y); break;
    case RatingStep::Reasons: drawRatingReasons(s, out, fonts, l, y); break;
    case RatingStep::Thanks: {
        y += l.bodyH() * 0.15f;
        y += textBlock(fonts.large, tr(s.lang, txt::kThanks), ImVec2(l.bodyMin.x, y), l.bodyW(), palette::kGreen, Align::Center) + l.gap;
        textBlock(fonts.body, tr(s.lang, txt::kThanksNote), ImVec2(l.bodyMin.x, y), l.bodyW(), ui::colors::kText, Align::Center);
        break;
    }
    }
}

}  // namespace motcua::kiosk
