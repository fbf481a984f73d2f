#include "scan/pdf_inspect.h"

#include "domain/error.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFExc.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>

#include <cerrno>
#include <cstring>
#include <exception>
#include <fcntl.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

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

PdfFacts inspectPdfFile(const std::string& path, const PaperLimits& limits) {
    const int fd = ::open(path.c_str(), O_RDONLY | O_CLOEXEC);
    struct stat st {};
    if (fd < 0 || ::fstat(fd, &st) != 0) {
        const std::string why = std::strerror(errno);
        if (fd >= 0) ::close(fd);
        throw Error(ErrorCode::Storage, "Không đọc được tệp vừa nhận (" + why + "): kiểm tra ổ đĩa của máy chủ");
    }
    const auto size = static_cast<std::size_t>(st.st_size);
    if (size == 0) {
        ::close(fd);
        return inspectPdf({}, limits);  // refuses the empty file in its words
    }
    void* map = ::mmap(nullptr, size, PROT_READ, MAP_PRIVATE, fd, 0);
    ::close(fd);
    if (map == MAP_FAILED) throw Error(ErrorCode::Storage, "Không đọc được tệp vừa nhận (mmap): kiểm tra bộ nhớ của máy chủ");
    struct Unmap {
        void* p;
        std::size_t n;
        ~Unmap() { ::munmap(p, n); }
    } unmap{map, size};
    return inspectPdf(std::string_view(static_cast<const char*>(map), size), limits);
}

}  // namespace motcua::scan
