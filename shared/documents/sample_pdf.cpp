#include "documents/sample_pdf.h"

#include <cairo-pdf.h>
#include <cairo.h>

#include <string>

namespace motcua::documents {

namespace {

cairo_status_t appendTo(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string samplePaperPdf(const std::string& title, int pages)
{
    constexpr double kA4Width = 595.28;
    constexpr double kA4Height = 841.89;
    std::string out;
    cairo_surface_t* surface = cairo_pdf_surface_create_for_stream(appendTo, &out, kA4Width, kA4Height);
    cairo_t* cr = cairo_create(surface);
    for (int i = 1; i <= pages; ++i) {
        cairo_set_source_rgb(cr, 0, 0, 0);
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
        cairo_set_font_size(cr, 18);
        cairo_move_to(cr, 60, 100);
        cairo_show_text(cr, title.c_str());
        cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(cr, 11);
        cairo_move_to(cr, 60, 130);
        cairo_show_text(cr, ("DỮ LIỆU MẪU — không phải giấy tờ thật. Trang " + std::to_string(i) + "/" +
                             std::to_string(pages))
                                .c_str());
        cairo_rectangle(cr, 50, 60, kA4Width - 100, kA4Height - 120);
        cairo_set_line_width(cr, 1);
        cairo_stroke(cr);
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(surface);
    cairo_surface_destroy(surface);
    return out;
}

}  // namespace motcua::documents
