// Pango text on cairo, and QR drawing.
#include "documents/canvas.h"

#include "documents/fonts.h"
#include "domain/error.h"

#include <glib.h>

#include <memory>

namespace motcua::documents {

namespace {

struct FontDescDeleter {
    void operator()(PangoFontDescription* d) const { pango_font_description_free(d); }
};

PangoAlignment pangoAlign(Align a)
{
    switch (a) {
    case Align::Center: return PANGO_ALIGN_CENTER;
    case Align::Right: return PANGO_ALIGN_RIGHT;
    case Align::Left:
    case Align::Justify: return PANGO_ALIGN_LEFT;
    }
    return PANGO_ALIGN_LEFT;
}

}  // namespace

TextPainter::TextPainter(cairo_t* cr) : m_cr(cr), m_context(pango_cairo_create_context(cr))
{
    // One user unit per point: sizes mean the same on a PDF page and on a raster in dots.
    pango_cairo_context_set_resolution(m_context, 72.0);
    // Unhinted metrics keep line breaks identical on every target (a recording replayed to PDF,
    // to PNG at any dpi, or to the thermal raster).
    cairo_font_options_t* options = cairo_font_options_create();
    cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY);
    pango_cairo_context_set_font_options(m_context, options);
    // One unit is a whole point on a page: rounding glyph positions to it would space letters
    // unevenly and make widths jump as the size changes.
    pango_context_set_round_glyph_positions(m_context, FALSE);
    cairo_font_options_destroy(options);
}

TextPainter::~TextPainter()
{
    clearCache();
    g_object_unref(m_context);
}

void TextPainter::clearCache()
{
    for (auto& [key, prepared] : m_cache) g_object_unref(prepared.layout);
    m_cache.clear();
}

void TextPainter::setUp(PangoLayout* layout, double width, std::string_view markup, const TextStyle& style)
{
    const auto& fonts = documentFonts();
    std::unique_ptr<PangoFontDescription, FontDescDeleter> desc(pango_font_description_new());
    pango_font_description_set_family(desc.get(), style.family == Family::Serif ? fonts.serif.c_str() : fonts.sans.c_str());
    pango_font_description_set_absolute_size(desc.get(), style.size * PANGO_SCALE);
    pango_font_description_set_weight(desc.get(), style.bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
    pango_font_description_set_style(desc.get(), style.italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
    pango_layout_set_font_description(layout, desc.get());
    pango_layout_set_width(layout, width > 0 ? static_cast<int>(width * PANGO_SCALE) : -1);
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_alignment(layout, pangoAlign(style.align));
    pango_layout_set_justify(layout, style.align == Align::Justify);
    pango_layout_set_indent(layout, static_cast<int>(style.indent * PANGO_SCALE));
    pango_layout_set_line_spacing(layout, static_cast<float>(style.lineSpacing));

    // Parsed here rather than with pango_layout_set_markup, which only logs a warning and shows
    // nothing: a broken form template must fail loudly, not print a blank line.
    PangoAttrList* attrs = nullptr;
    char* text = nullptr;
    GError* error = nullptr;
    if (!pango_parse_markup(markup.data(), static_cast<int>(markup.size()), 0, &attrs, &text, nullptr, &error)) {
        const std::string why = error ? error->message : "?";
        if (error) g_error_free(error);
        throw Error(ErrorCode::InvalidInput, "Mẫu văn bản có định dạng sai (" + why + "): " + std::string(markup));
    }
    pango_layout_set_text(layout, text, -1);
    pango_layout_set_attributes(layout, attrs);
    pango_attr_list_unref(attrs);
    g_free(text);
}

TextPainter::Prepared& TextPainter::prepare(double width, std::string_view markup, const TextStyle& style)
{
    // The key holds every input of the layout, numbers as their exact bits.
    std::string key(markup);
    const double numbers[] = {width, style.size, style.lineSpacing, style.indent};
    key.append(reinterpret_cast<const char*>(numbers), sizeof numbers);
    key += static_cast<char>(style.family);
    key += static_cast<char>(style.align);
    key += static_cast<char>((style.bold ? 1 : 0) | (style.italic ? 2 : 0));
    if (const auto it = m_cache.find(key); it != m_cache.end()) return it->second;
    // A long ledger lays out thousands of cells once each: keep the cache bounded.
    if (m_cache.size() >= 512) clearCache();
    PangoLayout* layout = pango_layout_new(m_context);
    try {
        setUp(layout, width, markup, style);
    } catch (...) {
        g_object_unref(layout);
        throw;
    }
    return m_cache.emplace(std::move(key), Prepared{layout, -1}).first->second;
}

double TextPainter::balancedWidth(PangoLayout* layout, double width)
{
    // The narrowest box that keeps the same number of lines: centred headings then break into
    // even lines instead of leaving one word alone on the last ("…công xã Hà / Tân").
    const int lines = pango_layout_get_line_count(layout);
    if (lines < 2 || width <= 0) return width;
    double lo = width / lines;
    double hi = width;
    for (int i = 0; i < 12 && hi - lo > 0.5; ++i) {
        const double mid = (lo + hi) / 2;
        pango_layout_set_width(layout, static_cast<int>(mid * PANGO_SCALE));
        if (pango_layout_get_line_count(layout) > lines) lo = mid;
        else hi = mid;
    }
    pango_layout_set_width(layout, static_cast<int>(hi * PANGO_SCALE));
    return hi;
}

double TextPainter::draw(double x, double y, double width, std::string_view markup, const TextStyle& style)
{
    Prepared& p = prepare(width, markup, style);
    if (style.align == Align::Center) {
        if (p.balanced < 0) p.balanced = balancedWidth(p.layout, width);
        x += (width - p.balanced) / 2;
    }
    pango_cairo_update_context(m_cr, m_context);
    cairo_move_to(m_cr, x, y);
    pango_cairo_show_layout(m_cr, p.layout);
    int w = 0;
    int h = 0;
    pango_layout_get_size(p.layout, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
}

double TextPainter::measure(double width, std::string_view markup, const TextStyle& style)
{
    int w = 0;
    int h = 0;
    pango_layout_get_size(prepare(width, markup, style).layout, &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
}

double TextPainter::naturalWidth(std::string_view markup, const TextStyle& style)
{
    int w = 0;
    int h = 0;
    pango_layout_get_size(prepare(-1, markup, style).layout, &w, &h);
    return static_cast<double>(w) / PANGO_SCALE;
}

std::string escapeMarkup(std::string_view text)
{
    std::string out;
    out.reserve(text.size());
    for (char c : text) {
        switch (c) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&apos;"; break;
        default: out += c;
        }
    }
    return out;
}

void drawQr(cairo_t* cr, const QrMatrix& qr, double x, double y, double module)
{
    cairo_save(cr);
    cairo_set_antialias(cr, CAIRO_ANTIALIAS_NONE);
    for (int my = 0; my < qr.size(); ++my) {
        // Runs of dark modules become one rectangle: fewer operations in the PDF.
        int mx = 0;
        while (mx < qr.size()) {
            if (!qr.dark(mx, my)) {
                ++mx;
                continue;
            }
            int end = mx;
            while (end < qr.size() && qr.dark(end, my)) ++end;
            cairo_rectangle(cr, x + mx * module, y + my * module, (end - mx) * module, module);
            mx = end;
        }
    }
    cairo_fill(cr);
    cairo_restore(cr);
}

void drawQrImage(cairo_t* cr, const QrMatrix& qr, double x, double y, double module)
{
    // One module per pixel of an alpha mask, scaled up without smoothing: a PDF carries a small
    // image instead of hundreds of rectangles (a third of a receipt's PDF time), and any target
    // (PDF, PNG, thermal raster) still sees black exactly where the modules are.
    const int n = qr.size();
    cairo_surface_t* mask = cairo_image_surface_create(CAIRO_FORMAT_A8, n, n);
    cairo_surface_flush(mask);
    unsigned char* data = cairo_image_surface_get_data(mask);
    const int stride = cairo_image_surface_get_stride(mask);
    for (int my = 0; my < n; ++my)
        for (int mx = 0; mx < n; ++mx) data[my * stride + mx] = qr.dark(mx, my) ? 0xff : 0;
    cairo_surface_mark_dirty(mask);
    cairo_save(cr);
    cairo_translate(cr, x, y);
    cairo_scale(cr, module, module);
    cairo_pattern_t* pattern = cairo_pattern_create_for_surface(mask);
    cairo_pattern_set_filter(pattern, CAIRO_FILTER_NEAREST);
    cairo_mask(cr, pattern);
    cairo_pattern_destroy(pattern);
    cairo_restore(cr);
    cairo_surface_destroy(mask);
}

void hline(cairo_t* cr, double x0, double x1, double y, double width)
{
    cairo_save(cr);
    cairo_set_line_width(cr, width);
    cairo_move_to(cr, x0, y);
    cairo_line_to(cr, x1, y);
    cairo_stroke(cr);
    cairo_restore(cr);
}

}  // namespace motcua::documents
