// One paper as one PDF: every file is recognised and checked against the limits from its headers
// first (nothing is decoded until all files pass), then images are decoded one page at a time.
#include "scan/paper_pdf.h"

#include "domain/error.h"
#include "scan/image_codec.h"
#include "scan/pdf_assembler.h"
#include "scan/pdf_inspect.h"

#include <new>

namespace motcua::scan {
namespace {

[[noreturn]] void refuse(const std::string& why) { throw Error(ErrorCode::InvalidInput, why); }

std::string megabytes(std::int64_t bytes) { return std::to_string((bytes + 1024 * 1024 - 1) / (1024 * 1024)); }

// "Tệp PDF bị hỏng" → "tệp PDF bị hỏng", to follow "Tệp thứ 2: ".
std::string lowerFirst(std::string text) {
    if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
    if (text.starts_with("\xE1\xBA\xA2")) text[2] = '\xA3';  // Ả → ả
    return text;
}

// Runs `step` for the file at `index` and names the file in whatever it refuses.
template <typename Step>
auto forFile(std::size_t index, Step&& step) {
    try {
        return step();
    } catch (const Error& e) {
        throw Error(e.code(), "Tệp thứ " + std::to_string(index + 1) + ": " + lowerFirst(e.what()));
    } catch (const std::bad_alloc&) {
        throw Error(ErrorCode::InvalidInput,
                    "Tệp thứ " + std::to_string(index + 1) + ": ảnh quá lớn để xử lý; hãy quét lại với độ phân giải thấp hơn.");
    }
}

std::string pixelCount(std::int64_t pixels) {
    if (pixels >= 1'000'000 && pixels % 100'000 == 0)
        return std::to_string(pixels / 1'000'000) + (pixels % 1'000'000 == 0 ? "" : "," + std::to_string(pixels / 100'000 % 10)) + " triệu";
    return std::to_string(pixels);
}

struct Planned {
    FileType type = FileType::Unknown;
    int pages = 0;
};

void checkPixels(const std::vector<PageHeader>& headers, const PaperLimits& limits) {
    for (const PageHeader& page : headers) {
        const auto pixels = static_cast<std::int64_t>(page.width) * page.height;
        if (page.width <= 0 || page.height <= 0) refuse("Ảnh không có kích thước: tệp bị hỏng.");
        if (pixels > limits.maxPixelsPerPage)
            refuse("Ảnh khai kích thước " + std::to_string(page.width) + "×" + std::to_string(page.height) +
                   " điểm ảnh, vượt giới hạn " + pixelCount(limits.maxPixelsPerPage) +
                   " điểm ảnh một trang: hãy quét hoặc chụp lại với độ phân giải thấp hơn.");
    }
}

// Type, size and page count from the headers alone.
Planned plan(const std::string& bytes, const PaperLimits& limits) {
    if (bytes.empty()) refuse("Tệp rỗng (0 byte): hãy chọn hoặc quét lại giấy tờ.");
    if (static_cast<std::int64_t>(bytes.size()) > limits.maxBytes)
        refuse("Tệp lớn hơn giới hạn " + megabytes(limits.maxBytes) + " MB: hãy quét lại với độ phân giải thấp hơn.");
    Planned planned{sniffFileType(bytes), 0};
    std::vector<PageHeader> headers;
    switch (planned.type) {
    case FileType::Pdf: planned.pages = inspectPdf(bytes, limits).pages; return planned;
    case FileType::Jpeg: headers = jpegHeader(bytes); break;
    case FileType::Png: headers = pngHeader(bytes); break;
    case FileType::Tiff: headers = tiffHeaders(bytes, limits.maxPages); break;
    case FileType::Unknown: refuse("Tệp không phải PDF, JPEG, PNG hay TIFF (loại tệp được nhận theo nội dung, không theo tên).");
    }
    checkPixels(headers, limits);
    planned.pages = static_cast<int>(headers.size());
    return planned;
}

Raster decodePage(const std::string& bytes, FileType type, int page) {
    switch (type) {
    case FileType::Jpeg: return decodeJpeg(bytes);
    case FileType::Png: return decodePng(bytes);
    default: return decodeTiffPage(bytes, page);
    }
}

}  // namespace

FileType sniffFileType(const std::string& bytes) {
    if (bytes.starts_with("%PDF-")) return FileType::Pdf;
    if (bytes.starts_with("\xFF\xD8\xFF")) return FileType::Jpeg;
    if (bytes.starts_with("\x89PNG\r\n\x1A\n")) return FileType::Png;
    if (bytes.starts_with(std::string("II*\0", 4)) || bytes.starts_with(std::string("MM\0*", 4))) return FileType::Tiff;
    return FileType::Unknown;
}

PaperPdf paperPdf(const std::vector<std::string>& files, const PaperLimits& limits) {
    if (files.empty()) refuse("Chưa có tệp nào.");
    std::vector<Planned> plans;
    int total = 0;
    for (std::size_t i = 0; i < files.size(); ++i) {
        plans.push_back(forFile(i, [&] { return plan(files[i], limits); }));
        total += plans.back().pages;
        if (total > limits.maxPages)
            refuse("Tệp thứ " + std::to_string(i + 1) + ": giấy tờ vượt quá " + std::to_string(limits.maxPages) +
                   " trang; hãy tách thành nhiều lần đính kèm hoặc bỏ bớt trang.");
    }
    // A single PDF is stored as it came: what was checked is what is kept.
    if (files.size() == 1 && plans[0].type == FileType::Pdf) return PaperPdf{files[0], plans[0].pages};
    PdfAssembler assembler;
    for (std::size_t i = 0; i < files.size(); ++i) {
        forFile(i, [&] {
            if (plans[i].type == FileType::Pdf) {
                assembler.addPdf(files[i]);
                return;
            }
            for (int page = 0; page < plans[i].pages; ++page)
                assembler.addRaster(decodePage(files[i], plans[i].type, page));
        });
    }
    PaperPdf result{assembler.write(), assembler.pages()};
    if (static_cast<std::int64_t>(result.pdf.size()) > limits.maxBytes)
        refuse("Giấy tờ sau khi ghép lớn hơn giới hạn " + megabytes(limits.maxBytes) +
               " MB: hãy quét lại với độ phân giải thấp hơn hoặc bỏ bớt trang.");
    return result;
}

}  // namespace motcua::scan
