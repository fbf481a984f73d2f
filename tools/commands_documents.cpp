// `motcua render|print|qr` (documents issue): every ticket and slip to a file (.pdf, .png,
// .escpos) or to a printer back end, and the QR payloads they carry.
#include "cli.h"
#include "cli_output.h"
#include "cli_sign.h"

#include "documents/printer.h"
#include "documents/sources.h"
#include "domain/error.h"

#include <cstdlib>

namespace motcua::cli {

void addDocumentBenchCommands(std::vector<Command>& commands);  // bench_documents.cpp

namespace {

using documents::Kind;

const OptionSpec kPaper{"--paper", true, "khổ giấy: 58, 80 (giấy nhiệt), a5 hoặc a4"};
const OptionSpec kTemplates{"--templates", true, "tệp mẫu phiếu JSON của cơ quan (mặc định: assets/templates/forms.json)"};
const OptionSpec kOut{"--out", true, "tệp kết quả; định dạng theo đuôi .pdf, .png hoặc .escpos"};
const OptionSpec kPrinter{"--printer", true,
                          "máy in: pdf:THƯ_MỤC, png:THƯ_MỤC, escpos:/dev/usb/lp0, escpos-tcp:MÁY:9100, cups:HÀNG_IN, none "
                          "(mặc định: biến MOTCUA_PRINTER, nếu không có thì pdf:.)"};

std::vector<OptionSpec> selectorOptions(Kind kind)
{
    switch (kind) {
    case Kind::Ticket: return {{"--ticket", true, "số vé hôm nay, ví dụ A023"}};
    case Kind::Apology: return {{"--id", true, "số hiệu phiếu xin lỗi (motcua apology list)"}};
    case Kind::Ledger:
        return {{"--from", true, "từ ngày YYYY-MM-DD"},
                {"--to", true, "đến ngày YYYY-MM-DD"},
                {"--field", true, "sổ của một lĩnh vực, ví dụ \"Hộ tịch\" (motcua procedure list); mặc định: mọi lĩnh vực"}};
    case Kind::Refusal:
        return {{"--procedure", true, "mã thủ tục được yêu cầu"},
                {"--applicant", true, "họ tên người nộp hoặc tên tổ chức"},
                {"--reason", true, "lý do từ chối tiếp nhận (nhiều lý do cách nhau bởi dấu ;)"},
                {"--id-number", true, "số định danh cá nhân hoặc mã số tổ chức"},
                {"--address", true, "địa chỉ"},
                {"--phone", true, "số điện thoại"},
                {"--email", true, "thư điện tử"},
                {"--code", true, "mã hồ sơ nếu có (ví dụ mã trên Cổng dịch vụ công); không phải hồ sơ đã tiếp nhận"}};
    default: return {{"--code", true, "mã hồ sơ"}};
    }
}

documents::Request requestFor(Context& c, Kind kind)
{
    documents::Request r;
    r.kind = kind;
    switch (kind) {
    case Kind::Ticket: r.ticket = c.args.require("--ticket"); break;
    case Kind::Apology: {
        const auto id = c.args.getInt("--id", 1, 1'000'000'000);
        if (!id) throw UsageError("Thiếu tuỳ chọn bắt buộc --id");
        r.apologyId = *id;
        break;
    }
    case Kind::Ledger: {
        const auto from = c.args.getDate("--from");
        const auto to = c.args.getDate("--to");
        if (!from || !to) throw UsageError("Cần cả --from và --to (YYYY-MM-DD)");
        r.from = *from;
        r.to = *to;
        r.field = c.args.get("--field").value_or("");
        break;
    }
    case Kind::Refusal: {
        // Form 03: a request refused at the counter, never received, so no dossier is needed.
        r.code = c.args.get("--code").value_or("");
        r.refusal.procedureCode = c.args.require("--procedure");
        r.refusal.applicantName = c.args.require("--applicant");
        r.refusal.reason = c.args.require("--reason");
        r.refusal.idNumber = c.args.get("--id-number").value_or("");
        r.refusal.address = c.args.get("--address").value_or("");
        r.refusal.phone = c.args.get("--phone").value_or("");
        r.refusal.email = c.args.get("--email").value_or("");
        break;
    }
    default: r.code = c.args.require("--code");
    }
    if (const auto p = c.args.get("--paper")) {
        r.paper = documents::parsePaper(*p);
        if (!r.paper) throw UsageError("--paper chỉ nhận 58, 80, a5 hoặc a4, nhận được \"" + *p + "\"");
    }
    return r;
}

documents::FormTexts texts(Context& c)
{
    if (const auto path = c.args.get("--templates")) return documents::loadFormTexts(*path);
    return documents::defaultFormTexts();
}

Json documentJson(const documents::Document& doc)
{
    return {{"kind", doc.info().kind},
            {"subject", doc.info().subject},
            {"paper", documents::paperName(doc.paper())},
            {"pages", doc.pageCount()}};
}

/// A draft apology slip says "not for the citizen" on its face: only a signed one gets a signature.
void refuseDraftApology(Context& c, const documents::Request& r)
{
    if (r.kind != Kind::Apology) return;
    for (const auto& a : c.desk().apologies(std::nullopt))
        if (a.id == r.apologyId && a.status != domain::ApologyStatus::Signed)
            throw Error(ErrorCode::IllegalState, "Phiếu xin lỗi số hiệu " + std::to_string(a.id) +
                                                     " chưa được lãnh đạo ký duyệt (còn là dự thảo hoặc đã huỷ): ký duyệt "
                                                     "trước (motcua apology sign --id " + std::to_string(a.id) + ") rồi mới ký số.");
}

Handler renderHandler(Kind kind)
{
    return [kind](Context& c) {
        const auto request = requestFor(c, kind);
        const auto out = c.args.require("--out");
        const auto format = documents::formatForPath(out);
        const bool signIt = c.args.has("--sign");
        if (signIt && format != documents::Format::Pdf) throw UsageError("--sign chỉ ký được tệp .pdf; đặt --out X.pdf");
        const auto doc = documents::buildDocument(c.desk(), request, texts(c));
        const auto bytes = documents::renderAs(doc, format);
        if (signIt) {
            refuseDraftApology(c, request);
            const auto signedPdf = signWithToken(c, bytes);
            documents::writeFileAtomically(out, signedPdf.pdf);
            reportSigned(c, out, signedPdf);
            return static_cast<int>(kOk);
        }
        documents::writeFileAtomically(out, bytes);
        if (c.json) {
            Json j = documentJson(doc);
            j["file"] = out;
            j["format"] = documents::formatExtension(format);
            j["bytes"] = bytes.size();
            printJson(c.out, j);
        } else {
            c.out << "Đã ghi " << out << " (" << documents::formatExtension(format) << ", " << doc.pageCount() << " trang, "
                  << bytes.size() << " byte)\n";
        }
        return static_cast<int>(kOk);
    };
}

Handler printHandler(Kind kind)
{
    return [kind](Context& c) {
        const auto request = requestFor(c, kind);
        const char* env = std::getenv("MOTCUA_PRINTER");
        const std::string spec = c.args.get("--printer").value_or(env && *env ? env : "pdf:.");
        // The spec is checked before the store is touched: a typo costs nothing.
        const auto printer = documents::openPrinter(spec);
        const auto doc = documents::buildDocument(c.desk(), request, texts(c));
        const auto where = printer->print(doc);
        if (c.json) {
            Json j = documentJson(doc);
            j["printer"] = printer->describe();
            j["sent_to"] = where;
            printJson(c.out, j);
        } else {
            c.out << "Đã in " << doc.info().title << " → " << where << "\n";
        }
        return static_cast<int>(kOk);
    };
}

int cmdQr(Context& c)
{
    c.args.requireOneOf({"--ticket", "--code", "--apology"});
    documents::Request r;
    if (c.args.has("--ticket")) {
        r.kind = Kind::Ticket;
        r.ticket = c.args.require("--ticket");
    } else if (c.args.has("--apology")) {
        r.kind = Kind::Apology;
        r.apologyId = c.args.getInt("--apology", 1, 1'000'000'000).value_or(0);
    } else {
        r.code = c.args.require("--code");
        const auto kind = documents::parseKind(c.args.get("--kind").value_or("receipt"));
        if (!kind || *kind == Kind::Ticket || *kind == Kind::Ledger || *kind == Kind::Apology || *kind == Kind::Refusal)
            throw UsageError("--kind chỉ nhận receipt, supplement, refusal-notice, stop hoặc control");
        r.kind = *kind;
    }
    const auto payload = documents::qrPayload(c.desk(), r, texts(c));
    if (c.json) printJson(c.out, {{"payload", payload}});
    else c.out << payload << "\n";
    return kOk;
}

struct KindInfo {
    Kind kind;
    const char* summary;
};

constexpr KindInfo kKinds[] = {
    {Kind::Ticket, "vé số thứ tự (giấy nhiệt 58/80 mm)"},
    {Kind::Receipt, "giấy tiếp nhận hồ sơ và hẹn trả kết quả (mẫu 01; A5, A4 hoặc 80/58 mm)"},
    {Kind::Supplement, "phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02)"},
    {Kind::Refusal, "phiếu từ chối tiếp nhận giải quyết hồ sơ (mẫu 03) cho yêu cầu không được tiếp nhận"},
    {Kind::RefusalNotice, "thông báo từ chối giải quyết hồ sơ đã tiếp nhận"},
    {Kind::Apology, "phiếu xin lỗi và đề nghị gia hạn thời gian giải quyết (mẫu 04)"},
    {Kind::Stop, "thông báo dừng giải quyết hồ sơ (mẫu 05)"},
    {Kind::Control, "phiếu kiểm soát quá trình giải quyết hồ sơ (mẫu 06)"},
    {Kind::Ledger, "sổ theo dõi hồ sơ (mẫu 07, A4 ngang)"},
};

}  // namespace

void addDocumentCommands(std::vector<Command>& c)
{
    for (const auto& k : kKinds) {
        const std::string name = documents::kindName(k.kind);
        auto options = selectorOptions(k.kind);
        options.push_back(kPaper);
        options.push_back(kTemplates);
        auto renderOptions = options;
        renderOptions.push_back(kOut);
        if (k.kind == Kind::Receipt || k.kind == Kind::Apology || k.kind == Kind::Stop) {
            // Issue 15: the slips an online applicant receives as a signed electronic copy.
            renderOptions.push_back({"--sign", false, "ký số tệp PDF bằng thiết bị ký số (cần --pkcs11-module; mã PIN từ MOTCUA_PIN hoặc hỏi)"});
            for (auto& o : tokenOptions()) renderOptions.push_back(o);
        }
        c.push_back({"render " + name, std::string("vẽ ") + k.summary + " ra tệp", renderOptions, renderHandler(k.kind)});
        auto printOptions = options;
        printOptions.push_back(kPrinter);
        c.push_back({"print " + name, std::string("in ") + k.summary, printOptions, printHandler(k.kind)});
    }
    c.push_back({"qr", "nội dung mã QR của vé hoặc phiếu",
                 {{"--ticket", true, "số vé hôm nay"},
                  {"--code", true, "mã hồ sơ"},
                  {"--kind", true, "phiếu mang mã QR: receipt (mặc định), supplement, refusal-notice, stop, control"},
                  {"--apology", true, "số hiệu phiếu xin lỗi"},
                  kTemplates},
                 cmdQr});
    addDocumentBenchCommands(c);
}

}  // namespace motcua::cli
