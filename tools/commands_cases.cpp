// `motcua case …`, `sweep` and `apology …`: dossiers from intake to return, the lateness sweep
// and apology slips.
#include "cli.h"
#include "cli_files.h"
#include "cli_output.h"

#include "domain/dossier_code.h"
#include "domain/holiday_suggestions.h"
#include "sign/sign.h"

#include <iostream>

namespace motcua::cli {

namespace {

const OptionSpec kCode{"--code", true, "mã hồ sơ"};
const OptionSpec kVersion{"--expect-version", true, "phiên bản hồ sơ đang xem (phát hiện sửa đổi đồng thời)"};

service::ExpectedVersion expected(Context& c)
{
    if (auto v = c.args.getInt("--expect-version", 1, 1'000'000'000)) return *v;
    return std::nullopt;
}

int printDossier(Context& c, const domain::Dossier& d, const std::vector<int>& unconfirmedYears = {})
{
    // DOMAIN.md §8: an appointment in a year without a confirmed holiday table carries a warning.
    const std::string warning = domain::unconfirmedYearsWarning(unconfirmedYears);
    if (!warning.empty()) std::cerr << "Cảnh báo: " << warning << "\n";
    if (c.json) {
        Json j{{"code", d.code},
               {"procedure", d.procedureCode},
               {"received_at", timeJson(d.receivedAt)},
               {"due_at", timeJson(d.dueAt)},
               {"original_due_at", timeJson(d.originalDueAt)},
               {"status", domain::statusName(d.status)},
               {"version", d.version}};
        if (!warning.empty()) {
            j["unconfirmed_years"] = unconfirmedYears;
            j["calendar_warning"] = warning;
        }
        printJson(c.out, j);
    } else {
        c.out << d.code << "  " << domain::statusLabel(d.status) << "  hẹn trả " << domain::formatLocal(d.dueAt) << "\n";
    }
    return kOk;
}

/// `--paper N[:original|copy|certified|shown][xQTY]`: catalog paper N (as `procedure show`
/// numbers them), how it came and how many ("2:copyx3", "1x2", "4:shown").
domain::SubmittedPaper parsePaperOption(const std::string& text)
{
    const auto bad = [&text](const std::string& why) {
        return UsageError("--paper \"" + text + "\": " + why +
                          ". Dạng: SỐ[:original|copy|certified|shown][xSỐ_LƯỢNG], ví dụ --paper 1 --paper 2:copyx2 --paper 3:shown");
    };
    domain::SubmittedPaper p;
    std::string rest = text;
    if (const auto x = rest.rfind('x'); x != std::string::npos && x + 1 < rest.size() &&
                                        rest.find_first_not_of("0123456789", x + 1) == std::string::npos) {
        const auto q = rest.substr(x + 1);
        if (q.size() > 2 || std::stoi(q) < 1) throw bad("số lượng phải từ 1 đến 99");
        p.quantity = std::stoi(q);
        rest.resize(x);
    }
    const auto colon = rest.find(':');
    const std::string number = rest.substr(0, colon);
    if (number.empty() || number.size() > 3 || number.find_first_not_of("0123456789") != std::string::npos || std::stoi(number) < 1)
        throw bad("số thứ tự giấy tờ phải là số từ 1");
    p.index = std::stoi(number) - 1;
    if (colon != std::string::npos) {
        const auto form = rest.substr(colon + 1);
        if (form == "shown") p.shown = true;
        else if (const auto f = domain::parsePaperForm(form)) p.form = *f;
        else throw bad("hình thức \"" + form + "\" chỉ nhận original, copy, certified hoặc shown");
    }
    if (p.shown && p.quantity != 1) throw bad("giấy tờ chỉ xuất trình không ghi số lượng");
    return p;
}

/// `--fee SỐ_TIỀN[:TÊN]`: one fee line the clerk confirmed ("15000", "8000:Bản sao trích lục").
domain::FeeLine parseFeeOption(const std::string& text, const std::string& procedureCode)
{
    const auto colon = text.find(':');
    const std::string amount = text.substr(0, colon);
    if (amount.empty() || amount.size() > 12 || amount.find_first_not_of("0123456789") != std::string::npos)
        throw UsageError("--fee \"" + text + "\": số tiền là số đồng, không dấu chấm. Dạng: SỐ_TIỀN[:TÊN], ví dụ --fee 15000 "
                         "--fee \"8000:Bản sao trích lục\"");
    domain::FeeLine l;
    l.amountVnd = std::stoll(amount);
    l.label = colon == std::string::npos ? "Lệ phí thủ tục " + procedureCode : text.substr(colon + 1);
    return l;
}

int cmdReceive(Context& c)
{
    service::ReceiveRequest r;
    r.procedureCode = c.args.require("--procedure");
    c.args.requireOneOf({"--applicant", "--org"});
    if (c.args.has("--org")) {
        if (c.args.has("--id-number")) throw UsageError("Tổ chức ghi mã số doanh nghiệp/mã số thuế bằng --org-code, không dùng --id-number");
        r.applicantKind = domain::ApplicantKind::Organisation;
        r.applicantName = c.args.require("--org");
        r.idNumber = c.args.get("--org-code").value_or("");
    } else {
        if (c.args.has("--org-code")) throw UsageError("--org-code chỉ dùng cùng --org (người nộp là tổ chức)");
        r.applicantName = c.args.require("--applicant");
        r.idNumber = c.args.get("--id-number").value_or("");
    }
    r.phone = c.args.get("--phone").value_or("");
    r.address = c.args.get("--address").value_or("");
    r.email = c.args.get("--email").value_or("");
    r.ticket = c.args.get("--ticket").value_or("");
    r.representative = {c.args.get("--rep-name").value_or(""), c.args.get("--rep-id").value_or(""),
                        c.args.get("--rep-phone").value_or(""), c.args.get("--rep-address").value_or(""),
                        c.args.get("--authorisation").value_or("")};
    const auto channel = domain::parseChannel(c.args.get("--channel").value_or("direct"));
    if (!channel) throw UsageError("--channel chỉ nhận direct, online hoặc postal");
    r.channel = *channel;
    if (const auto collect = c.args.get("--collect")) {
        r.collection = domain::parseCollection(*collect);
        if (!r.collection) throw UsageError("--collect chỉ nhận counter (tại quầy), post (bưu chính) hoặc online (trực tuyến)");
    }
    if (c.args.has("--paper")) {
        r.papers.emplace();
        for (const auto& text : c.args.getAll("--paper")) r.papers->push_back(parsePaperOption(text));
    }
    // Issue 16: the fee as confirmed; without --fee the catalog's, --fee-exempt exempts every line.
    if (c.args.has("--fee")) {
        r.fees.emplace();
        for (const auto& text : c.args.getAll("--fee")) r.fees->push_back(parseFeeOption(text, r.procedureCode));
    }
    if (const auto why = c.args.get("--fee-exempt")) {
        if (!r.fees) {
            domain::FeeLine l;
            l.label = "Lệ phí thủ tục " + r.procedureCode;
            l.amountVnd = c.desk().procedure(r.procedureCode).feeVnd;
            r.fees.emplace(1, l);
        }
        for (auto& l : *r.fees) l.exemptReason = *why;
    }
    const auto d = c.desk().receive(r);
    return printDossier(c, d, c.desk().unconfirmedYears(d.receivedAt, d.dueAt));
}

int cmdForward(Context& c)
{
    std::optional<double> hours = c.args.getNumber("--hours", 0.01, 2000);
    return printDossier(c, c.desk().forward(c.args.require("--code"), c.args.require("--to"), hours,
                                            c.args.get("--note").value_or(""), expected(c)));
}

using ReasonAction = domain::Dossier (service::Desk::*)(const std::string&, const std::string&, service::ExpectedVersion);
using PlainAction = domain::Dossier (service::Desk::*)(const std::string&, service::ExpectedVersion);

Handler withText(ReasonAction action, const char* option, bool required)
{
    return [action, option, required](Context& c) {
        const std::string text = required ? c.args.require(option) : c.args.get(option).value_or("");
        return printDossier(c, (c.desk().*action)(c.args.require("--code"), text, expected(c)));
    };
}

Handler plain(PlainAction action)
{
    return [action](Context& c) { return printDossier(c, (c.desk().*action)(c.args.require("--code"), expected(c))); };
}

int cmdShow(Context& c)
{
    const auto d = c.desk().dossier(c.args.require("--code"));
    if (c.json) {
        printJson(c.out, detailJson(d));
        return kOk;
    }
    const auto& x = d.dossier;
    c.out << "Mã hồ sơ:      " << x.code << "\nThủ tục:       " << x.procedureCode << " " << x.procedureName
          << "\nNgười nộp:     " << x.applicantName
          << (x.applicantKind == domain::ApplicantKind::Organisation ? " (tổ chức, mã số " + x.idNumber + ")" : std::string())
          << (x.email.empty() ? std::string() : "\nThư điện tử:   " + x.email)
          << (x.representative.empty() ? std::string()
                                       : "\nỦy quyền cho:  " + x.representative.name + " (" + x.representative.authorisation + ")")
          << "\nNhận kết quả:  " << domain::collectionLabel(x.collection) << "\nTrạng thái:    " << domain::statusLabel(x.status)
          << "\nTiếp nhận:     " << domain::formatLocal(x.receivedAt) << "\nHẹn trả:       " << domain::formatLocal(x.dueAt)
          << "\nHạn ban đầu:   " << domain::formatLocal(x.originalDueAt) << "\n";
    if (!d.papers.empty()) c.out << "\nGiấy tờ đã nộp:\n";
    for (const auto& p : d.papers)
        c.out << "  " << p.index + 1 << ". " << p.name << " — "
              << (p.shown ? std::string("xuất trình") : std::string(domain::paperFormLabel(p.form)) + ", " + std::to_string(p.quantity))
              << "\n";
    c.out << "\nDiễn biến:\n";
    for (const auto& e : d.events)
        c.out << "  " << domain::formatLocal(e.at) << "  " << pad(e.action, 16) << pad(e.actor, 12) << e.note << (e.flagged ? "  [!]" : "") << "\n";
    if (!d.apologies.empty()) c.out << "\nPhiếu xin lỗi:\n";
    for (const auto& a : d.apologies)
        c.out << "  #" << a.id << " " << domain::apologyStatusName(a.status) << " " << a.numberText() << " hẹn lại "
              << domain::formatLocal(a.proposedDueAt) << "\n";
    return kOk;
}

int cmdList(Context& c)
{
    service::DossierQuery q;
    if (c.args.has("--late") && c.args.has("--at-risk")) q.kind = service::DossierQuery::Kind::LateOrAtRisk;
    else if (c.args.has("--late")) q.kind = service::DossierQuery::Kind::Late;
    else if (c.args.has("--at-risk")) q.kind = service::DossierQuery::Kind::AtRisk;
    if (auto s = c.args.get("--status")) {
        q.status = domain::parseStatus(*s);
        if (!q.status)
            throw UsageError("--status chỉ nhận received, processing, waiting_supplement, result_ready, returned, refused, withdrawn hoặc stopped");
    }
    q.nameSearch = c.args.get("--name").value_or("");
    q.limit = static_cast<int>(c.args.getInt("--limit", 1, 10'000'000).value_or(0));
    const auto list = c.desk().dossiers(q);
    if (c.json) {
        Json arr = Json::array();
        for (const auto& s : list) arr.push_back(summaryJson(s));
        printJson(c.out, arr);
        return kOk;
    }
    for (const auto& s : list)
        c.out << pad(s.dossier.code, 28) << pad(domain::statusLabel(s.dossier.status), 22) << "hẹn "
              << domain::formatLocal(s.dossier.dueAt) << (!s.late ? std::string() : s.lateSeconds < 60 ? std::string("  vừa quá hạn") : "  trễ " + c.desk().workingDurationText(s.lateSeconds))
              << "  " << s.dossier.applicantName << "\n";
    return kOk;
}

int cmdSweep(Context& c)
{
    const auto r = c.desk().sweep();
    if (c.json) printJson(c.out, {{"at_risk", r.atRisk}, {"late", r.late}, {"drafted", r.drafted}, {"voided", r.voided}});
    else c.out << "Sắp đến hạn " << r.atRisk << ", quá hạn " << r.late << "; soạn " << r.drafted << " phiếu xin lỗi, huỷ " << r.voided << "\n";
    return kOk;
}

int cmdApologyList(Context& c)
{
    std::optional<domain::ApologyStatus> status;
    if (auto s = c.args.get("--status")) {
        status = domain::parseApologyStatus(*s);
        if (!status) throw UsageError("--status chỉ nhận draft, signed hoặc void");
    }
    const auto list = c.desk().apologies(status);
    // DOMAIN.md §2: how long is left before each draft's sign-by time, in working time.
    auto left = [&](const domain::Apology& a) -> std::optional<std::int64_t> {
        if (a.status != domain::ApologyStatus::Draft || !a.signBy) return std::nullopt;
        const auto t = c.desk().now();
        if (*a.signBy < t) return -c.desk().workingSecondsBetween(*a.signBy, t);
        return c.desk().workingSecondsBetween(t, *a.signBy);
    };
    if (c.json) {
        Json arr = Json::array();
        for (const auto& a : list) arr.push_back(apologyJson(a, left(a)));
        printJson(c.out, arr);
        return kOk;
    }
    for (const auto& a : list) {
        c.out << "#" << pad(std::to_string(a.id), 5) << pad(domain::apologyStatusName(a.status), 8) << pad(a.numberText(), 10)
              << pad(a.dossierCode, 28) << "hẹn lại " << domain::formatLocal(a.proposedDueAt);
        if (a.signBy) c.out << "  hạn ký " << domain::formatLocal(*a.signBy);
        if (const auto l = left(a))
            c.out << (*l >= 0 ? " (còn " : " (quá hạn ký ") << c.desk().workingDurationText(*l < 0 ? -*l : *l) << ")";
        if (a.status == domain::ApologyStatus::Signed && a.signedLate) c.out << " (ký muộn)";
        if (a.shortNotice && a.status == domain::ApologyStatus::Draft) c.out << " (thủ tục ngắn: ký ngay)";
        c.out << "  " << a.reason << "\n";
    }
    return kOk;
}

int cmdApologySign(Context& c)
{
    const auto id = c.args.getInt("--id", 1, 1'000'000'000'000);
    if (!id) throw UsageError("Thiếu tuỳ chọn bắt buộc --id");
    service::SignApologyRequest r;
    r.id = *id;
    r.reason = c.args.get("--reason");
    r.newDue = c.args.getTime("--new-due");
    const auto a = c.desk().signApology(r);
    if (c.json) printJson(c.out, apologyJson(a));
    else c.out << "Đã ký phiếu xin lỗi số " << a.numberText() << " cho hồ sơ " << a.dossierCode << "; hẹn lại "
               << domain::formatLocal(a.proposedDueAt) << "\n";
    return kOk;
}

int cmdApologyDeliver(Context& c)
{
    const auto id = c.args.getInt("--id", 1, 1'000'000'000'000);
    if (!id) throw UsageError("Thiếu tuỳ chọn bắt buộc --id");
    // The electronic copy delivered: a signed PDF (its SHA-256 is recorded) or the hash itself.
    std::string copy = c.args.get("--sha256").value_or("");
    if (const auto file = c.args.get("--copy")) {
        if (!copy.empty()) throw UsageError("Chỉ dùng một trong hai: --copy TỆP.pdf hoặc --sha256 MÃ");
        copy = sign::sha256Hex(readInputFile(*file));
    }
    const auto a = c.desk().markApologyDelivered(*id, c.args.require("--how"), copy);
    if (c.json) printJson(c.out, apologyJson(a));
    else c.out << "Đã ghi nhận phiếu xin lỗi số " << a.numberText() << " (hồ sơ " << a.dossierCode << ") đã đến công dân: "
               << a.deliveredHow << (a.deliveredCopySha256.empty() ? "" : "; bản điện tử đã ký SHA-256 " + a.deliveredCopySha256)
               << "\n";
    return kOk;
}

}  // namespace

void addCaseCommands(std::vector<Command>& c)
{
    c.push_back({"case receive", "tiếp nhận hồ sơ",
                 {{"--procedure", true, "mã thủ tục"}, {"--applicant", true, "họ tên người nộp là cá nhân"},
                  {"--id-number", true, "số định danh cá nhân (CCCD, 12 số)"},
                  {"--org", true, "tên tổ chức, khi người nộp là tổ chức (thay cho --applicant)"},
                  {"--org-code", true, "mã số doanh nghiệp/mã số thuế (10 số hoặc 0101234567-001)"},
                  {"--phone", true, "số điện thoại"}, {"--address", true, "địa chỉ"}, {"--email", true, "thư điện tử"},
                  {"--rep-name", true, "trường hợp ủy quyền: họ tên người được ủy quyền"},
                  {"--rep-id", true, "số CCCD người được ủy quyền"}, {"--rep-phone", true, "số điện thoại người được ủy quyền"},
                  {"--rep-address", true, "địa chỉ người được ủy quyền"},
                  {"--authorisation", true, "văn bản ủy quyền, ví dụ \"Giấy ủy quyền số 12/GUQ ngày 01/11/2026\""},
                  {"--channel", true, "direct|online|postal"}, {"--collect", true, "nhận kết quả: counter|post|online"},
                  {"--paper", true,
                   "giấy tờ đã nộp, lặp lại cho từng giấy: SỐ[:original|copy|certified|shown][xSỐ_LƯỢNG] (SỐ theo "
                   "`procedure show`; mọi giấy bắt buộc phải có). Không ghi: không kê khai từng giấy tờ",
                   true},
                  {"--fee", true, "khoản phí đã xác nhận, lặp lại cho từng khoản: SỐ_TIỀN[:TÊN] (không ghi: theo danh mục)", true},
                  {"--fee-exempt", true, "lý do miễn phí, lệ phí (mọi khoản)"},
                  {"--ticket", true, "số vé đang phục vụ"}}, cmdReceive});
    c.push_back({"case forward", "chuyển xử lý",
                 {kCode, {"--to", true, "đơn vị/người nhận"}, {"--hours", true, "thời hạn bước (giờ làm việc)"}, {"--note", true, "ghi chú"}, kVersion},
                 cmdForward});
    c.push_back({"case step-done", "hoàn thành bước xử lý hiện tại", {kCode, {"--note", true, "ghi chú"}, kVersion},
                 withText(&service::Desk::completeStep, "--note", false)});
    c.push_back({"case supplement", "yêu cầu bổ sung hồ sơ", {kCode, {"--reason", true, "nội dung cần bổ sung"}, kVersion},
                 withText(&service::Desk::requestSupplement, "--reason", true)});
    c.push_back({"case resume", "tiếp tục xử lý sau khi đã bổ sung", {kCode, kVersion}, plain(&service::Desk::resume)});
    c.push_back({"case result", "ghi nhận đã có kết quả", {kCode, kVersion}, plain(&service::Desk::markResult)});
    c.push_back({"case return", "trả kết quả", {kCode, {"--to", true, "người nhận"}, kVersion}, withText(&service::Desk::returnResult, "--to", false)});
    c.push_back({"case refuse", "từ chối giải quyết", {kCode, {"--reason", true, "lý do"}, kVersion},
                 withText(&service::Desk::refuse, "--reason", true)});
    c.push_back({"case withdraw", "công dân rút hồ sơ", {kCode, {"--note", true, "ghi chú"}, kVersion},
                 withText(&service::Desk::withdraw, "--note", false)});
    c.push_back({"case stop", "dừng giải quyết", {kCode, {"--reason", true, "lý do"}, kVersion}, withText(&service::Desk::stop, "--reason", true)});
    c.push_back({"case show", "chi tiết hồ sơ, diễn biến, phiếu xin lỗi", {kCode}, cmdShow});
    c.push_back({"case list", "danh sách hồ sơ",
                 {{"--late", false, "chỉ hồ sơ quá hạn"}, {"--at-risk", false, "chỉ hồ sơ sắp đến hạn"}, {"--status", true, "lọc trạng thái"},
                  {"--name", true, "tìm theo tên (không dấu cũng được)"}, {"--limit", true, "số dòng tối đa"}}, cmdList});
    c.push_back({"sweep", "rà soát hạn, soạn/huỷ phiếu xin lỗi", {}, cmdSweep});
    c.push_back({"apology list", "phiếu xin lỗi", {{"--status", true, "draft|signed|void"}}, cmdApologyList});
    c.push_back({"apology sign", "ký phiếu xin lỗi và hẹn lại",
                 {{"--id", true, "số hiệu phiếu"}, {"--reason", true, "lý do chậm trễ"}, {"--new-due", true, "ngày hẹn mới YYYY-MM-DD HH:MM"}},
                 cmdApologySign});
    c.push_back({"apology deliver", "ghi nhận phiếu xin lỗi đã ký đã trao/gửi cho công dân",
                 {{"--id", true, "số hiệu phiếu"},
                  {"--how", true, "cách trao: trao tận tay, gửi bưu chính, thư điện tử…"},
                  {"--copy", true, "bản điện tử đã ký đã gửi (tệp PDF, ghi lại mã SHA-256 của nó)"},
                  {"--sha256", true, "mã SHA-256 của bản điện tử đã ký đã gửi (thay cho --copy)"}},
                 cmdApologyDeliver});
}

}  // namespace motcua::cli
