// Output of rendered documents: PDF and PNG through cairo, ESC/POS for rasters, and files
// written atomically.
#include "documents/document.h"

#include "domain/error.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace motcua::documents {

namespace {

constexpr double kPointsPerMm = 72.0 / 25.4;

struct SurfaceDeleter {
    void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct ContextDeleter {
    void operator()(cairo_t* c) const { cairo_destroy(c); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Context = std::unique_ptr<cairo_t, ContextDeleter>;

cairo_status_t appendToString(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

void check(cairo_status_t status, const char* what)
{
    if (status != CAIRO_STATUS_SUCCESS)
        throw Error(ErrorCode::Internal, std::string("Lỗi khi tạo ") + what + ": " + cairo_status_to_string(status));
}

/// The raster as an alpha mask (one byte per dot: cairo's A1 packs bits by machine endianness).
Surface maskOf(const Raster& r)
{
    Surface s(cairo_image_surface_create(CAIRO_FORMAT_A8, r.width, r.height));
    check(cairo_surface_status(s.get()), "ảnh");
    cairo_surface_flush(s.get());
    unsigned char* data = cairo_image_surface_get_data(s.get());
    const int stride = cairo_image_surface_get_stride(s.get());
    for (int y = 0; y < r.height; ++y)
        for (int x = 0; x < r.width; ++x) data[static_cast<std::ptrdiff_t>(y) * stride + x] = r.black(x, y) ? 0xFF : 0x00;
    cairo_surface_mark_dirty(s.get());
    return s;
}

std::string pdfDate(domain::Instant t)
{
    const auto local = domain::toLocal(t);
    char buf[40];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d+07:00", local.date.year, local.date.month, local.date.day,
                  local.minuteOfDay / 60, local.minuteOfDay % 60, local.second);
    return buf;
}

void paintThermal(cairo_t* cr, const Raster& r, double scale)
{
    const Surface mask = maskOf(r);
    cairo_save(cr);
    cairo_scale(cr, scale, scale);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_pattern_set_filter(cairo_get_source(cr), CAIRO_FILTER_NEAREST);
    cairo_mask_surface(cr, mask.get(), 0, 0);
    cairo_restore(cr);
}

}  // namespace

// [SECTION] paper and format names

const char* paperName(Paper p)
{
    switch (p) {
    case Paper::Mm58: return "58";
    case Paper::Mm80: return "80";
    case Paper::A5: return "a5";
    case Paper::A4: return "a4";
    case Paper::A4Landscape: return "a4-landscape";
    }
    return "?";
}

std::optional<Paper> parsePaper(std::string_view name)
{
    if (name == "58") return Paper::Mm58;
    if (name == "80") return Paper::Mm80;
    if (name == "a5" || name == "A5") return Paper::A5;
    if (name == "a4" || name == "A4") return Paper::A4;
    return std::nullopt;
}

bool isThermal(Paper p) { return p == Paper::Mm58 || p == Paper::Mm80; }

const char* formatExtension(Format f)
{
    switch (f) {
    case Format::Pdf: return "pdf";
    case Format::Png: return "png";
    case Format::EscPos: return "escpos";
    }
    return "?";
}

Format formatForPath(std::string_view path)
{
    const auto dot = path.rfind('.');
    const auto slash = path.rfind('/');
    std::string ext = dot == std::string_view::npos || (slash != std::string_view::npos && dot < slash)
                          ? std::string()
                          : std::string(path.substr(dot + 1));
    std::transform(ext.begin(), ext.end(), ext.begin(), [](char c) { return static_cast<char>(c >= 'A' && c <= 'Z' ? c + 32 : c); });
    if (ext == "pdf") return Format::Pdf;
    if (ext == "png") return Format::Png;
    if (ext == "escpos" || ext == "bin" || ext == "prn") return Format::EscPos;
    throw Error(ErrorCode::InvalidInput, "Không biết định dạng của tệp \"" + std::string(path) +
                                             "\": dùng đuôi .pdf, .png hoặc .escpos");
}

// [SECTION] Document

Document Document::thermal(DocumentInfo info, Paper paper, Raster raster)
{
    Document d;
    d.m_info = std::move(info);
    d.m_paper = paper;
    d.m_raster = std::move(raster);
    return d;
}

Document Document::pages(DocumentInfo info, Paper paper, std::vector<Page> pages)
{
    Document d;
    d.m_info = std::move(info);
    d.m_paper = paper;
    d.m_pages = std::move(pages);
    return d;
}

const Raster& Document::raster() const
{
    if (!m_raster)
        throw Error(ErrorCode::InvalidInput, "Văn bản khổ " + std::string(paperName(m_paper)) +
                                                 " không in được trên máy in nhiệt; hãy in ra PDF hoặc máy in văn phòng");
    return *m_raster;
}

int Document::pageCount() const { return m_raster ? 1 : static_cast<int>(m_pages.size()); }

double Document::pageWidth() const
{
    if (m_raster) return m_raster->width * 72.0 / kThermalDpi;
    switch (m_paper) {
    case Paper::A5: return 148 * kPointsPerMm;
    case Paper::A4: return 210 * kPointsPerMm;
    case Paper::A4Landscape: return 297 * kPointsPerMm;
    case Paper::Mm58: return kDots58 * 72.0 / kThermalDpi;
    case Paper::Mm80: return kDots80 * 72.0 / kThermalDpi;
    }
    return 0;
}

double Document::pageHeight() const
{
    if (m_raster) return m_raster->height * 72.0 / kThermalDpi;
    switch (m_paper) {
    case Paper::A5: return 210 * kPointsPerMm;
    case Paper::A4: return 297 * kPointsPerMm;
    case Paper::A4Landscape: return 210 * kPointsPerMm;
    case Paper::Mm58:
    case Paper::Mm80: return 0;
    }
    return 0;
}

std::string Document::fileStem() const
{
    std::string stem = m_info.kind.empty() ? "document" : m_info.kind;
    if (!m_info.subject.empty()) stem += "-" + m_info.subject;
    for (char& c : stem) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '-' || c == '_';
        if (!ok) c = '_';
    }
    return stem;
}

// [SECTION] output

std::string renderPdf(const Document& doc)
{
    std::string out;
    const double w = doc.pageWidth();
    const double h = doc.pageHeight();
    Surface surface(cairo_pdf_surface_create_for_stream(appendToString, &out, w, h));
    check(cairo_surface_status(surface.get()), "PDF");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, doc.info().title.c_str());
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "motcua");
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_SUBJECT, doc.info().subject.c_str());
    // The issue time, not the wall clock: the same --now renders the same document.
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATE_DATE, pdfDate(doc.info().createdAt).c_str());
    {
        Context cr(cairo_create(surface.get()));
        if (doc.isThermal()) {
            paintThermal(cr.get(), doc.raster(), 72.0 / kThermalDpi);
            cairo_show_page(cr.get());
        } else {
            for (const auto& page : doc.pageList()) {
                cairo_set_source_surface(cr.get(), page.get(), 0, 0);
                cairo_paint(cr.get());
                cairo_show_page(cr.get());
            }
        }
        check(cairo_status(cr.get()), "PDF");
    }
    cairo_surface_finish(surface.get());
    check(cairo_surface_status(surface.get()), "PDF");
    return out;
}

std::string renderPng(const Document& doc, double dpi)
{
    int width = 0;
    int height = 0;
    constexpr int kGap = 12;  // between stacked pages
    const double scale = dpi / 72.0;
    if (doc.isThermal()) {
        width = doc.raster().width;
        height = doc.raster().height;
    } else {
        width = static_cast<int>(std::lround(doc.pageWidth() * scale));
        const int pageHeight = static_cast<int>(std::lround(doc.pageHeight() * scale));
        height = doc.pageCount() * pageHeight + (doc.pageCount() - 1) * kGap;
    }
    Surface surface(cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, std::max(height, 1)));
    check(cairo_surface_status(surface.get()), "ảnh PNG");
    {
        Context cr(cairo_create(surface.get()));
        cairo_set_source_rgb(cr.get(), 0.6, 0.6, 0.6);
        cairo_paint(cr.get());
        if (doc.isThermal()) {
            cairo_set_source_rgb(cr.get(), 1, 1, 1);
            cairo_paint(cr.get());
            paintThermal(cr.get(), doc.raster(), 1.0);
        } else {
            const double pageHeight = std::round(doc.pageHeight() * scale);
            for (std::size_t i = 0; i < doc.pageList().size(); ++i) {
                const double top = static_cast<double>(i) * (pageHeight + kGap);
                cairo_save(cr.get());
                cairo_rectangle(cr.get(), 0, top, width, pageHeight);
                cairo_set_source_rgb(cr.get(), 1, 1, 1);
                cairo_fill(cr.get());
                cairo_translate(cr.get(), 0, top);
                cairo_scale(cr.get(), scale, scale);
                cairo_set_source_surface(cr.get(), doc.pageList()[i].get(), 0, 0);
                cairo_paint(cr.get());
                cairo_restore(cr.get());
            }
        }
        check(cairo_status(cr.get()), "ảnh PNG");
    }
    std::string out;
    check(cairo_surface_write_to_png_stream(surface.get(), appendToString, &out), "ảnh PNG");
    return out;
}

std::string renderEscPos(const Document& doc, const EscPosOptions& options) { return encodeEscPos(doc.raster(), options); }

std::string renderAs(const Document& doc, Format format)
{
    switch (format) {
    case Format::Pdf: return renderPdf(doc);
    case Format::Png: return renderPng(doc);
    case Format::EscPos: return renderEscPos(doc);
    }
    return {};
}

void writeFileAtomically(const std::string& path, std::string_view bytes)
{
    const auto fail = [&](const std::string& why) {
        return Error(ErrorCode::InvalidInput, "Không ghi được tệp " + path + ": " + why);
    };
    std::string tmp = path + ".tmp-XXXXXX";
    const int fd = mkstemp(tmp.data());
    if (fd < 0) throw fail(std::strerror(errno));
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n < 0 && errno == EINTR) continue;
        if (n <= 0) {
            const std::string why = std::strerror(errno);
            ::close(fd);
            ::unlink(tmp.c_str());
            throw fail(why);
        }
        done += static_cast<std::size_t>(n);
    }
    // mkstemp creates 0600; a document is as readable as any file the user makes.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    ::fchmod(fd, static_cast<mode_t>(0666 & ~mask));
    if (::close(fd) != 0 || std::rename(tmp.c_str(), path.c_str()) != 0) {
        const std::string why = std::strerror(errno);
        ::unlink(tmp.c_str());
        throw fail(why);
    }
}

void writePdf(const Document& doc, const std::string& path) { writeFileAtomically(path, renderPdf(doc)); }

void writePng(const Document& doc, const std::string& path, double dpi) { writeFileAtomically(path, renderPng(doc, dpi)); }

}  // namespace motcua::documents
