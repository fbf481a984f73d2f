#include "scan/paper_pdf.h"

#include "domain/error.h"
#include "scan/pdf_inspect.h"

namespace motcua::scan {

FileType sniffFileType(const std::string& bytes) {
    if (bytes.starts_with("%PDF-")) return FileType::Pdf;
    if (bytes.starts_with("\xFF\xD8\xFF")) return FileType::Jpeg;
    if (bytes.starts_with("\x89PNG\r\n\x1A\n")) return FileType::Png;
    if (bytes.starts_with(std::string("II*\0", 4)) || bytes.starts_with(std::string("MM\0*", 4))) return FileType::Tiff;
    return FileType::Unknown;
}

// Groundwork: one PDF passes through checked. Images and several files are the `digitise` work
// (issue 15) and are refused until then.
PaperPdf paperPdf(const std::vector<std::string>& files, const PaperLimits& limits) {
    if (files.empty()) throw Error(ErrorCode::InvalidInput, "Chưa có tệp nào.");
    if (files.size() == 1 && sniffFileType(files[0]) == FileType::Pdf) {
        const PdfFacts facts = inspectPdf(files[0], limits);
        return PaperPdf{files[0], facts.pages};
    }
    throw Error(ErrorCode::InvalidInput, "Chưa ghép được ảnh hoặc nhiều tệp thành PDF.");
}

}  // namespace motcua::scan
