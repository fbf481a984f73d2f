#include "sign/appearance.h"

#include "domain/error.h"

#include <cairo-pdf.h>
#include <pango/pangocairo.h>

#include <cstdio>
#include <ctime>
#include <memory>

namespace motcua::sign {

namespace {

constexpr std::int64_t kVietnamOffset = 7 * 3600;  // Vietnam keeps UTC+7 all year

std::string vietnamTime(std::int64_t unixSeconds)
{
    const std::time_t t = static_cast<std::time_t>(unixSeconds + kVietnamOffset);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[48];
    std::snprintf(buf, sizeof buf, "%02d/%02d/%04d %02d:%02d:%02d (GMT+7)", tm.tm_mday, tm.tm_mon + 1, tm.tm_year + 1900,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string boxLines(const BoxText& text)
{
    std::string lines = "Ký bởi: " + text.signerName;
    if (!text.position.empty()) lines += "\nChức vụ: " + text.position;
    lines += "\nThời gian ký: " + vietnamTime(text.signedAt);
    return lines;
}

std::string renderBoxPdf(const BoxText& text)
{
    std::string pdf;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendBytes, &pdf, kBoxWidth, kBoxHeight);
    cairo_t* cr = cairo_create(surface);
    // A thin red frame, as the signature boxes of the national dossier systems look.
    cairo_set_source_rgb(cr, 0.75, 0.1, 0.1);
    cairo_set_line_width(cr, 1.0);
    cairo_rectangle(cr, 1, 1, kBoxWidth - 2, kBoxHeight - 2);
    cairo_stroke(cr);

    PangoLayout* layout = pango_cairo_create_layout(cr);
    // Font sizes in points: the surface's unit is the point, not pango's default 96 dpi pixel.
    pango_cairo_context_set_resolution(pango_layout_get_context(layout), 72);
    pango_layout_context_changed(layout);
    PangoFontDescription* font = pango_font_description_from_string("Noto Sans 7.5");
    pango_layout_set_font_description(layout, font);
    pango_layout_set_width(layout, static_cast<int>((kBoxWidth - 12) * PANGO_SCALE));
    pango_layout_set_wrap(layout, PANGO_WRAP_WORD_CHAR);
    pango_layout_set_ellipsize(layout, PANGO_ELLIPSIZE_END);
    pango_layout_set_height(layout, static_cast<int>((kBoxHeight - 10) * PANGO_SCALE));
    const std::string lines = "Chữ ký số hợp lệ\n" + boxLines(text);
    pango_layout_set_text(layout, lines.c_str(), -1);
    cairo_move_to(cr, 6, 5);
    pango_cairo_show_layout(cr, layout);
    pango_font_description_free(font);
    g_object_unref(layout);

    cairo_destroy(cr);
    cairo_surface_finish(surface);
    const auto status = cairo_surface_status(surface);
    cairo_surface_destroy(surface);
    if (status != CAIRO_STATUS_SUCCESS) throw Error(ErrorCode::Internal, "Không vẽ được ô chữ ký.");
    return pdf;
}

}  // namespace motcua::sign
