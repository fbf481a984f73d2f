// Every word the kiosk shows, in Vietnamese first and English second (the switch on every
// screen). Data from the store (office, groups, procedures) stays in the language it was entered.
#pragma once

#include "domain/date.h"
#include "domain/dossier_state.h"
#include "domain/entities.h"
#include "domain/ticket_hours.h"

#include <string>

namespace motcua::kiosk {

enum class Lang { Vi, En };

struct Text {
    const char* vi;
    const char* en;
};

[[nodiscard]] inline const char* tr(Lang lang, const Text& t) { return lang == Lang::Vi ? t.vi : t.en; }

namespace txt {
// [SECTION] common
inline constexpr Text kSwitchLanguage{"English", "Tiếng Việt"};
inline constexpr Text kHome{"Về trang chủ", "Home"};
inline constexpr Text kBack{"Quay lại", "Back"};
inline constexpr Text kStoreBusy{"Hệ thống đang bận, đang thử lại… Xin vui lòng chờ trong giây lát.",
                                 "The system is busy; trying again… Please wait a moment."};
inline constexpr Text kStoreDown{"Tạm thời chưa kết nối được dữ liệu. Máy đang tự thử lại; bạn có thể hỏi cán bộ tại quầy.",
                                 "The records are unavailable for a moment. Retrying; you can also ask at a counter."};
inline constexpr Text kUnexpected{"Đã có lỗi. Xin vui lòng thử lại hoặc hỏi cán bộ tại quầy.",
                                  "Something went wrong. Please try again or ask at a counter."};
// [SECTION] home
inline constexpr Text kChooseGroup{"Chạm vào lĩnh vực để lấy số thứ tự", "Touch a service to take a number"};
inline constexpr Text kPriority{"Ưu tiên", "Priority"};
inline constexpr Text kPriorityHint{"Người cao tuổi, khuyết tật, mang thai…", "Elderly, disabled, pregnant…"};
inline constexpr Text kLookup{"Tra cứu hồ sơ", "Track a dossier"};
inline constexpr Text kLookupHint{"Nhập hoặc quét mã hồ sơ", "Type or scan its code"};
inline constexpr Text kGuide{"Thủ tục hành chính", "Procedures"};
inline constexpr Text kGuideHint{"Giấy tờ, lệ phí, thời hạn", "Papers, fees, time"};
inline constexpr Text kRating{"Đánh giá hài lòng", "Rate our service"};
inline constexpr Text kRatingHint{"Ý kiến của bạn", "Your opinion"};
inline constexpr Text kNoWait{"Không phải chờ", "No wait"};
inline constexpr Text kClosedTitle{"Hiện không phát số thứ tự", "No queue numbers are handed out now"};
inline constexpr Text kClosedHint{"Bạn vẫn có thể tra cứu hồ sơ, xem thủ tục và đánh giá.",
                                  "You can still track a dossier, read about procedures and rate our service."};
inline constexpr Text kTouchToTake{"LẤY SỐ", "TAKE A NUMBER"};
inline constexpr Text kNobodyWaiting{"Chưa có ai chờ", "Nobody waiting"};
inline constexpr Text kTakingNumber{"Đang lấy số…", "Taking a number…"};
inline constexpr Text kNoGroups{"Chưa có lĩnh vực nào được cấu hình. Xin mời hỏi cán bộ tại quầy.",
                                "No services are set up yet. Please ask at a counter."};
inline constexpr Text kIssueFailed{"Chưa lấy được số. Xin mời bạn thử lại hoặc hỏi cán bộ tại quầy.",
                                   "Could not take a number. Please try again or ask at a counter."};
// [SECTION] priority
inline constexpr Text kPriorityTitle{"Lấy số ưu tiên", "Priority number"};
inline constexpr Text kPriorityStep1{"1. Bạn thuộc đối tượng nào?", "1. Which applies to you?"};
inline constexpr Text kPriorityStep2{"2. Chạm vào lĩnh vực để lấy số ưu tiên", "2. Touch a service to take a priority number"};
inline constexpr Text kPriorityPickFirst{"Hãy chọn đối tượng ưu tiên ở trên trước", "Choose what applies to you above first"};
inline constexpr Text kPriorityNote{"Cán bộ có thể đề nghị xem giấy tờ chứng minh.",
                                    "Staff may ask to see a supporting document."};
// [SECTION] ticket
inline constexpr Text kYourNumber{"SỐ THỨ TỰ CỦA BẠN", "YOUR NUMBER"};
inline constexpr Text kPriorityBadge{"ƯU TIÊN", "PRIORITY"};
inline constexpr Text kAhead{"Người chờ trước bạn", "People ahead of you"};
inline constexpr Text kWait{"Thời gian chờ dự kiến", "Estimated wait"};
inline constexpr Text kCounters{"Quầy phục vụ", "Serving counters"};
inline constexpr Text kPrinting{"Đang in vé…", "Printing your ticket…"};
inline constexpr Text kPrinted{"Mời bạn nhận vé bên dưới và chờ đến lượt.",
                               "Please take your ticket below and wait for your turn."};
inline constexpr Text kShownOnly{"Xin ghi nhớ số của bạn và chờ đến lượt.", "Please remember your number and wait for your turn."};
inline constexpr Text kWatchScreen{"Theo dõi màn hình và loa gọi số.", "Watch the screen and listen for your number."};
inline constexpr Text kPrintFailedTitle{"Máy in vé đang gặp sự cố", "The ticket printer has a problem"};
inline constexpr Text kPrintFailed{"Xin lỗi bạn. Vé chưa in được nên số này đã được huỷ. Xin mời bạn hỏi cán bộ tại quầy để được phục vụ.",
                                   "We are sorry. The ticket could not be printed, so this number was cancelled. Please ask at a counter to be served."};
inline constexpr Text kVoidedNumber{"Số đã huỷ", "Cancelled number"};
inline constexpr Text kScanToFollow{"Quét mã để lưu số", "Scan to keep your number"};
inline constexpr Text kBackHomeIn{"Tự động về trang chủ sau", "Back to the start in"};
inline constexpr Text kSeconds{"giây", "s"};
inline constexpr Text kDone{"Xong", "Done"};
// [SECTION] code entry (look-up and rating)
inline constexpr Text kLookupTitle{"Tra cứu hồ sơ", "Track your dossier"};
inline constexpr Text kEnterCode{"Nhập mã hồ sơ trên giấy hẹn, hoặc đưa mã QR vào máy quét",
                                 "Type the dossier code from your receipt, or hold its QR code to the scanner"};
inline constexpr Text kCodeExample{"Ví dụ: 000.00.20.H56-241015-0007", "Example: 000.00.20.H56-241015-0007"};
inline constexpr Text kSearch{"Tra cứu", "Search"};
inline constexpr Text kClearAll{"Xoá hết", "Clear"};
inline constexpr Text kMalformedCode{"Mã hồ sơ chưa đúng. Mã có dạng: mã cơ quan - ngày nhận (yymmdd) - số thứ tự (4 chữ số).",
                                     "That code is not valid. A code looks like: office code - date received (yymmdd) - number (4 digits)."};
inline constexpr Text kUnknownCode{"Không tìm thấy hồ sơ có mã này. Xin kiểm tra lại mã trên giấy hẹn.",
                                   "No dossier has this code. Please check the code on your receipt."};
inline constexpr Text kAnotherCode{"Tra cứu mã khác", "Another code"};
// [SECTION] look-up result
inline constexpr Text kStatus{"Tình trạng", "Status"};
inline constexpr Text kProcedure{"Thủ tục", "Procedure"};
inline constexpr Text kCode{"Mã hồ sơ", "Dossier code"};
inline constexpr Text kApplicant{"Người nộp", "Applicant"};
inline constexpr Text kReceivedAt{"Ngày nhận", "Received"};
inline constexpr Text kAppointment{"Hẹn trả kết quả", "Result due"};
inline constexpr Text kReturnedAt{"Đã trả kết quả lúc", "Result handed over"};
inline constexpr Text kLateBadge{"Quá hạn", "Late"};
inline constexpr Text kSteps{"Quá trình xử lý", "Processing steps"};
inline constexpr Text kStepDone{"xong", "done"};
inline constexpr Text kStepOpen{"đang xử lý", "in progress"};
inline constexpr Text kNoSteps{"Hồ sơ chưa chuyển xử lý.", "Not yet passed on for processing."};
inline constexpr Text kApologies{"Phiếu xin lỗi và hẹn lại", "Apology and new date"};
inline constexpr Text kFeeOwed{"Phí, lệ phí còn phải nộp", "Fee still to pay"};
inline constexpr Text kScanToPay{"Quét mã VietQR bằng ứng dụng ngân hàng để chuyển khoản, hoặc nộp tại quầy.",
                                 "Scan the VietQR code with a banking app to transfer, or pay at the counter."};
inline constexpr Text kNewDate{"Hẹn lại", "New date"};
inline constexpr Text kReason{"Lý do", "Reason"};
inline constexpr Text kRateThis{"Đánh giá hồ sơ này", "Rate this dossier"};
// [SECTION] guide
inline constexpr Text kGuideTitle{"Thủ tục hành chính", "Administrative procedures"};
inline constexpr Text kChooseField{"Chọn lĩnh vực", "Choose a field"};
inline constexpr Text kChooseProcedure{"Chọn thủ tục", "Choose a procedure"};
inline constexpr Text kProcedures{"thủ tục", "procedures"};
inline constexpr Text kPapers{"Giấy tờ cần chuẩn bị", "Papers to bring"};
inline constexpr Text kFee{"Lệ phí", "Fee"};
inline constexpr Text kFree{"Không mất phí", "Free"};
inline constexpr Text kTime{"Thời hạn giải quyết", "Processing time"};
inline constexpr Text kSameDay{"Trong ngày", "Same day"};
inline constexpr Text kWorkingDays{"ngày làm việc", "working days"};
inline constexpr Text kWhere{"Nộp hồ sơ tại", "Where to apply"};
inline constexpr Text kUnit{"Cơ quan giải quyết", "Handled by"};
inline constexpr Text kTakeNumberFor{"Lấy số cho thủ tục này", "Take a number for this"};
inline constexpr Text kPrevPage{"Trang trước", "Previous"};
inline constexpr Text kNextPage{"Trang sau", "Next"};
inline constexpr Text kPage{"Trang", "Page"};
// [SECTION] rating
inline constexpr Text kRatingTitle{"Đánh giá mức độ hài lòng", "How satisfied are you?"};
inline constexpr Text kRatingCode{"Nhập mã hồ sơ bạn muốn đánh giá, hoặc số thứ tự trên vé hôm nay (ví dụ A023) nếu bạn không nộp hồ sơ",
                                  "Type the code of the dossier you want to rate, or today's ticket number (e.g. A023) if you filed no dossier"};
inline constexpr Text kVisitByTicket{"Lượt phục vụ theo vé", "Your visit with ticket"};
inline constexpr Text kNotServedYet{"Vé này chưa được gọi đến quầy. Xin mời bạn đánh giá sau khi được phục vụ.",
                                    "This ticket has not been called to a counter yet. Please rate after you are served."};
inline constexpr Text kUnknownTicket{"Không có vé số này trong ngày hôm nay. Xin kiểm tra lại số trên vé.",
                                     "No ticket with this number today. Please check the number on your ticket."};
inline constexpr Text kContinue{"Tiếp tục", "Continue"};
inline constexpr Text kHowWasIt{"Bạn hài lòng với việc giải quyết hồ sơ này ở mức nào?", "How satisfied are you with how this dossier was handled?"};
inline constexpr Text kVerySatisfied{"Rất hài lòng", "Very satisfied"};
inline constexpr Text kSatisfied{"Hài lòng", "Satisfied"};
inline constexpr Text kDissatisfied{"Không hài lòng", "Not satisfied"};
inline constexpr Text kReasonsOptional{"Vì sao? (không bắt buộc, chọn một hoặc nhiều)", "Why? (optional, choose any)"};
inline constexpr Text kSend{"Gửi đánh giá", "Send"};
inline constexpr Text kThanks{"Cảm ơn bạn đã đánh giá!", "Thank you for your rating!"};
inline constexpr Text kThanksNote{"Ý kiến của bạn giúp chúng tôi phục vụ tốt hơn.", "Your opinion helps us serve you better."};
inline constexpr Text kAlreadyRated{"Hồ sơ (hoặc vé) này đã được đánh giá. Mỗi hồ sơ, mỗi vé chỉ đánh giá một lần.",
                                    "This dossier (or ticket) has already been rated. Each can be rated once."};
// [SECTION] attract
inline constexpr Text kTouchToStart{"Chạm vào màn hình để bắt đầu", "Touch the screen to start"};
inline constexpr Text kAttractHelp{"Lấy số thứ tự · Tra cứu hồ sơ · Thủ tục hành chính · Đánh giá",
                                   "Take a number · Track a dossier · Procedures · Rate us"};
inline constexpr Text kWaitingNow{"đang chờ", "waiting"};
// [SECTION] admin
inline constexpr Text kAdminTitle{"Quản trị ki-ốt", "Kiosk administration"};
inline constexpr Text kEnterPin{"Nhập mã PIN quản trị", "Enter the admin PIN"};
inline constexpr Text kWrongPin{"Mã PIN không đúng.", "Wrong PIN."};
inline constexpr Text kPinLocked{"Nhập sai nhiều lần. Thử lại sau ít phút.", "Too many wrong PINs. Try again in a few minutes."};
inline constexpr Text kPrinterTest{"In thử", "Print a test ticket"};
inline constexpr Text kReload{"Tải lại dữ liệu", "Reload data"};
inline constexpr Text kExit{"Thoát ứng dụng", "Quit the kiosk"};
inline constexpr Text kPrinterOk{"Đã in thử", "Test ticket printed"};
inline constexpr Text kPrinterFailed{"In thử không được", "Test print failed"};
inline constexpr Text kReloaded{"Đã tải lại dữ liệu", "Data reloaded"};
inline constexpr Text kPrinterLabel{"Máy in", "Printer"};
}  // namespace txt

/// Priority groups commonly served first (DOMAIN.md §10); the Vietnamese label is what the
/// ticket records, whatever the screen language.
inline constexpr Text kPriorityReasons[] = {
    {"Người cao tuổi", "Elderly person"},
    {"Người khuyết tật", "Person with a disability"},
    {"Phụ nữ mang thai", "Pregnant woman"},
    {"Người có công với cách mạng", "Person with revolutionary merit"},
    {"Thương binh", "War invalid"},
    {"Người đi cùng trẻ nhỏ", "Adult with a young child"},
};

/// Reasons offered after a rating (stored in Vietnamese).
inline constexpr Text kPraiseReasons[] = {
    {"Nhanh chóng, đúng hẹn", "Quick, on time"},
    {"Cán bộ tận tình, chu đáo", "Helpful, courteous staff"},
    {"Hướng dẫn rõ ràng", "Clear guidance"},
    {"Thủ tục đơn giản", "Simple procedure"},
};
inline constexpr Text kComplaintReasons[] = {
    {"Chờ đợi lâu", "Long wait"},
    {"Trả kết quả trễ hẹn", "Result was late"},
    {"Hướng dẫn chưa rõ", "Unclear guidance"},
    {"Phải bổ sung nhiều lần", "Asked for papers more than once"},
    {"Thái độ phục vụ chưa tốt", "Unfriendly service"},
    {"Cơ sở vật chất chưa tốt", "Poor facilities"},
};

// [SECTION] formatting
[[nodiscard]] std::string weekdayDate(Lang lang, domain::Instant t);  ///< "Thứ Hai, 23/11/2026"
[[nodiscard]] std::string clockText(domain::Instant t);               ///< "10:15"
[[nodiscard]] std::string dateTimeText(Lang lang, domain::Instant t);  ///< "10:15, 23/11/2026"
[[nodiscard]] std::string waitingText(Lang lang, int waiting, int minutes);
[[nodiscard]] std::string minutesText(Lang lang, int minutes);     ///< "khoảng 25 phút"
[[nodiscard]] std::string peopleText(Lang lang, int people);       ///< "3 người"
[[nodiscard]] std::string countersText(Lang lang, const std::vector<int>& counters);  ///< "Quầy 1, 2"
[[nodiscard]] const char* statusText(Lang lang, domain::DossierStatus s);
[[nodiscard]] const char* ratingText(Lang lang, domain::Rating r);
[[nodiscard]] std::string feeText(Lang lang, std::int64_t vnd, const std::string& note);  ///< the amount only
[[nodiscard]] std::string daysText(Lang lang, double days);
/// "Bộ phận Một cửa đang nghỉ. Mở cửa lại lúc 07:30 thứ Hai, 30/11/2026."
[[nodiscard]] std::string closedText(Lang lang, const domain::TicketHours& hours);

}  // namespace motcua::kiosk
