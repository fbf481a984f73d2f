// A page of a stored PDF drawn small (poppler-glib onto a cairo image) for the counter's
// thumbnails and its large view, and the OpenGL texture ImGui shows it with. Drawing needs no
// window (tests run it headless); only PdfTexture needs the runner's OpenGL context.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace motcua::ui {

struct PageImage {
    int width = 0;
    int height = 0;
    std::vector<unsigned char> rgba;  ///< top row first, opaque (white paper under the page)
};

/// @brief The number of pages of `pdf`. Throws Error(InvalidInput) when poppler cannot read it.
[[nodiscard]] int pdfPageCount(const std::string& pdf);

/// @brief Page `page` (0-based) of `pdf` drawn to fit `maxWidth` × `maxHeight` pixels, its aspect
/// kept. Throws Error(InvalidInput) when poppler cannot read the file or there is no such page.
[[nodiscard]] PageImage renderPdfPage(const std::string& pdf, int page, int maxWidth, int maxHeight);

/// An OpenGL texture holding one PageImage; freed with the object. Made on the UI thread only.
class PdfTexture {
public:
    PdfTexture() = default;
    explicit PdfTexture(const PageImage& image);
    ~PdfTexture();
    PdfTexture(PdfTexture&& other) noexcept;
    PdfTexture& operator=(PdfTexture&& other) noexcept;
    PdfTexture(const PdfTexture&) = delete;
    PdfTexture& operator=(const PdfTexture&) = delete;

    [[nodiscard]] ImTextureID id() const;
    [[nodiscard]] ImVec2 size() const { return ImVec2(static_cast<float>(m_width), static_cast<float>(m_height)); }
    [[nodiscard]] bool empty() const { return m_texture == 0; }

private:
    unsigned m_texture = 0;
    int m_width = 0;
    int m_height = 0;
};

}  // namespace motcua::ui
