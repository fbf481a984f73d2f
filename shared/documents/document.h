// A rendered document, ready for any output: a thermal raster (tickets, the 80 mm receipt) or
// pages of an A5/A4 form kept as cairo recordings, so the same layout becomes a vector PDF, a
// PNG at any resolution, or — for rasters — ESC/POS.
#pragma once

#include "documents/escpos.h"
#include "documents/raster.h"
#include "domain/date.h"

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

typedef struct _cairo_surface cairo_surface_t;  // NOLINT: cairo's own spelling, kept opaque here

namespace motcua::documents {

enum class Paper { Mm58, Mm80, A5, A4, A4Landscape };
[[nodiscard]] const char* paperName(Paper p);  ///< "58", "80", "a5", "a4", "a4-landscape"
/// "58", "80", "a5", "a4" (the --paper values); nullopt otherwise.
[[nodiscard]] std::optional<Paper> parsePaper(std::string_view name);
[[nodiscard]] bool isThermal(Paper p);

enum class Format { Pdf, Png, EscPos };
[[nodiscard]] const char* formatExtension(Format f);  ///< "pdf", "png", "escpos"
/// From a file name's extension (.pdf, .png, .escpos, .bin); throws Error(InvalidInput).
[[nodiscard]] Format formatForPath(std::string_view path);

struct DocumentInfo {
    std::string kind;     ///< "ticket", "receipt", … (file names, logs)
    std::string title;    ///< PDF title, e.g. "Giấy tiếp nhận hồ sơ và hẹn trả kết quả"
    std::string subject;  ///< the ticket label or dossier code it is about
    domain::Instant createdAt = 0;  ///< the issue time; also the PDF's creation date
};

class Document {
public:
    using Page = std::shared_ptr<cairo_surface_t>;  ///< a cairo recording surface, in points

    Document() = default;
    [[nodiscard]] static Document thermal(DocumentInfo info, Paper paper, Raster raster);
    [[nodiscard]] static Document pages(DocumentInfo info, Paper paper, std::vector<Page> pages);

    [[nodiscard]] const DocumentInfo& info() const { return m_info; }
    [[nodiscard]] Paper paper() const { return m_paper; }
    [[nodiscard]] bool isThermal() const { return m_raster.has_value(); }
    /// The thermal raster; throws Error(InvalidInput) for a page document.
    [[nodiscard]] const Raster& raster() const;
    [[nodiscard]] const std::vector<Page>& pageList() const { return m_pages; }
    [[nodiscard]] int pageCount() const;
    /// Page size in points (a thermal document is one page as long as its raster).
    [[nodiscard]] double pageWidth() const;
    [[nodiscard]] double pageHeight() const;
    /// "receipt-000.00.20.H56-261120-0001": a file name stem safe on any file system.
    [[nodiscard]] std::string fileStem() const;

private:
    DocumentInfo m_info;
    Paper m_paper = Paper::A5;
    std::optional<Raster> m_raster;
    std::vector<Page> m_pages;
};

/// Vector PDF (text stays text: searchable, and pdftotext reads it back).
[[nodiscard]] std::string renderPdf(const Document& doc);
/// PNG: a thermal raster dot for dot; pages at `dpi`, stacked top to bottom when there are several.
[[nodiscard]] std::string renderPng(const Document& doc, double dpi = 150);
/// ESC/POS bytes of a thermal document; throws Error(InvalidInput) for an A5/A4 form.
[[nodiscard]] std::string renderEscPos(const Document& doc, const EscPosOptions& options = {});
[[nodiscard]] std::string renderAs(const Document& doc, Format format);

/// Writes through a temporary file and a rename, so a reader never sees half a document.
/// Throws Error(InvalidInput) naming the path when it cannot be written.
void writeFileAtomically(const std::string& path, std::string_view bytes);
void writePdf(const Document& doc, const std::string& path);
void writePng(const Document& doc, const std::string& path, double dpi = 150);

}  // namespace motcua::documents
