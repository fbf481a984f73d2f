#include "scan/pdf_inspect.h"

#include "domain/error.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <exception>

namespace motcua::scan {
namespace {

[[noreturn]] void refuse(const std::string& why) { throw Error(ErrorCode::InvalidInput, why); }

std::string megabytes(std::int64_t bytes) { return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)); }

}  // namespace

PdfFacts inspectPdf(std::string_view pdf, const PaperLimits& limits) {
    if (pdf.empty()) refuse("Tệp rỗng (0 byte): hãy chọn hoặc quét lại giấy tờ.");
    if (static_cast<std::int64_t>(pdf.size()) > limits.maxBytes)
        refuse("Tệp PDF lớn hơn giới hạn " + megabytes(limits.maxBytes) + " MB: hãy quét lại với độ phân giải thấp hơn.");
    if (pdf.substr(0, 5) != "%PDF-") refuse("Tệp không phải PDF.");
    QPDF doc;
    doc.setSuppressWarnings(true);
    // A damaged file is refused rather than repaired: what is stored must be what was checked.
    doc.setAttemptRecovery(false);
    try {
        doc.processMemoryFile("giấy tờ", pdf.data(), pdf.size());
    } catch (const QPDFExc& e) {
        if (e.getErrorCode() == qpdf_e_password)
            refuse("Tệp PDF có mật khẩu: hãy gửi bản không mã hoá.");
        refuse("Tệp PDF bị hỏng hoặc không đọc được.");
    } catch (const std::exception&) {
        refuse("Tệp PDF bị hỏng hoặc không đọc được.");
    }
    if (doc.isEncrypted()) refuse("Tệp PDF được mã hoá: hãy gửi bản không mã hoá.");
    int pages = 0;
    try {
        pages = static_cast<int>(QPDFPageDocumentHelper(doc).getAllPages().size());
    } catch (const std::exception&) {
        refuse("Tệp PDF bị hỏng hoặc không đọc được.");
    }
    if (doc.anyWarnings()) refuse("Tệp PDF bị hỏng hoặc không đọc được.");
    if (pages == 0) refuse("Tệp PDF không có trang nào.");
    if (pages > limits.maxPages)
        refuse("Tệp PDF có " + std::to_string(pages) + " trang, quá giới hạn " + std::to_string(limits.maxPages) +
               " trang của một giấy tờ.");
    return PdfFacts{pages};
}

}  // namespace motcua::scan
