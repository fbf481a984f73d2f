// `motcua render|print|qr` (documents issue): every ticket and slip to a file (.pdf, .png,
// .escpos) or to a printer back end, and the QR payloads they carry.
#include "cli.h"
#include "cli_output.h"

#include "documents/printer.h"
#include "documents/sources.h"

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
    case Kind::Ledger: return {{"--from", true, "từ ngày YYYY-MM-DD"}, {"--to", true, "đến ngày YYYY-MM-DD"}};
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

Handler renderHandler(Kind kind)
{
    return [kind](Context& c) {
        const auto request = requestFor(c, kind);
        const auto out = c.args.require("--out");
        const auto format = documents::formatForPath(out);
        const auto doc = documents::buildDocument(c.desk(), request, texts(c));
        const auto bytes = documents::renderAs(doc, format);
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
        if (!kind || *kind == Kind::Ticket || *kind == Kind::Ledger || *kind == Kind::Apology)
            throw UsageError("--kind chỉ nhận receipt, supplement, refusal, stop hoặc control");
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
    {Kind::Refusal, "phiếu từ chối tiếp nhận giải quyết hồ sơ (mẫu 03)"},
    {Kind::Apology, "phiếu xin lỗi và hẹn lại ngày trả kết quả (mẫu 04)"},
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
        c.push_back({"render " + name, std::string("vẽ ") + k.summary + " ra tệp", renderOptions, renderHandler(k.kind)});
        auto printOptions = options;
        printOptions.push_back(kPrinter);
        c.push_back({"print " + name, std::string("in ") + k.summary, printOptions, printHandler(k.kind)});
    }
    c.push_back({"qr", "nội dung mã QR của vé hoặc phiếu",
                 {{"--ticket", true, "số vé hôm nay"},
                  {"--code", true, "mã hồ sơ"},
                  {"--kind", true, "phiếu mang mã QR: receipt (mặc định), supplement, refusal, stop, control"},
                  {"--apology", true, "số hiệu phiếu xin lỗi"},
                  kTemplates},
                 cmdQr});
    addDocumentBenchCommands(c);
}

}  // namespace motcua::cli
