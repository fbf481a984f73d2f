#include "ui/pdf_thumbnail.h"

#include "domain/error.h"

#include <GL/gl.h>
#include <cairo.h>
#include <poppler.h>

#include <algorithm>
#include <memory>
#include <utility>

namespace motcua::ui {
namespace {

struct GObjectUnref {
    void operator()(void* object) const { g_object_unref(object); }
};

[[noreturn]] void unreadable() { throw Error(ErrorCode::InvalidInput, "Không đọc được tệp PDF để xem trước."); }

std::unique_ptr<PopplerDocument, GObjectUnref> openPdf(const std::string& pdf) {
    GBytes* bytes = g_bytes_new(pdf.data(), pdf.size());
    GError* error = nullptr;
    PopplerDocument* document = poppler_document_new_from_bytes(bytes, nullptr, &error);
    g_bytes_unref(bytes);
    if (error != nullptr) g_error_free(error);
    if (document == nullptr) unreadable();
    return std::unique_ptr<PopplerDocument, GObjectUnref>(document);
}

}  // namespace

int pdfPageCount(const std::string& pdf) { return poppler_document_get_n_pages(openPdf(pdf).get()); }

PageImage renderPdfPage(const std::string& pdf, int page, int maxWidth, int maxHeight) {
    const auto document = openPdf(pdf);
    if (page < 0 || page >= poppler_document_get_n_pages(document.get())) unreadable();
    std::unique_ptr<PopplerPage, GObjectUnref> popplerPage(poppler_document_get_page(document.get(), page));
    if (!popplerPage) unreadable();
    double widthPt = 0;
    double heightPt = 0;
    poppler_page_get_size(popplerPage.get(), &widthPt, &heightPt);
    if (widthPt <= 0 || heightPt <= 0) unreadable();
    const double scale = std::min(maxWidth / widthPt, maxHeight / heightPt);
    PageImage image;
    image.width = std::max(1, static_cast<int>(widthPt * scale));
    image.height = std::max(1, static_cast<int>(heightPt * scale));
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_scale(cr, scale, scale);
    poppler_page_render(popplerPage.get(), cr);
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    image.rgba.resize(static_cast<std::size_t>(image.width) * static_cast<std::size_t>(image.height) * 4);
    unsigned char* out = image.rgba.data();
    for (int y = 0; y < image.height; ++y) {
        const unsigned char* in = data + static_cast<std::ptrdiff_t>(y) * stride;
        for (int x = 0; x < image.width; ++x, in += 4, out += 4) {  // cairo's RGB24 is BGRX in memory
            out[0] = in[2];
            out[1] = in[1];
            out[2] = in[0];
            out[3] = 255;
        }
    }
    cairo_surface_destroy(surface);
    return image;
}

PdfTexture::PdfTexture(const PageImage& image) : m_width(image.width), m_height(image.height) {
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, image.width, image.height, 0, GL_RGBA, GL_UNSIGNED_BYTE, image.rgba.data());
    m_texture = texture;
}

PdfTexture::~PdfTexture() {
    if (m_texture != 0) {
        const GLuint texture = m_texture;
        glDeleteTextures(1, &texture);
    }
}

PdfTexture::PdfTexture(PdfTexture&& other) noexcept
    : m_texture(std::exchange(other.m_texture, 0U)), m_width(other.m_width), m_height(other.m_height) {}

PdfTexture& PdfTexture::operator=(PdfTexture&& other) noexcept {
    if (this != &other) {
        PdfTexture old(std::move(*this));
        m_texture = std::exchange(other.m_texture, 0U);
        m_width = other.m_width;
        m_height = other.m_height;
    }
    return *this;
}

ImTextureID PdfTexture::id() const {
    // ImGui's OpenGL back end takes the texture name as its ImTextureID.
    return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(m_texture));  // NOLINT(performance-no-int-to-ptr)
}

}  // namespace motcua::ui
