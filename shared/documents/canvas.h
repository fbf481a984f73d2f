// Drawing helpers shared by tickets and slips (internal to the documents layer): text laid out
// with pango (wrapping, bold, centred lines) on a cairo context, and QR matrices as rectangles.
#pragma once

#include "documents/qr.h"

#include <cairo.h>
#include <pango/pangocairo.h>

#include <string>
#include <string_view>
#include <unordered_map>

namespace motcua::documents {

enum class Family { Sans, Serif };
enum class Align { Left, Center, Right, Justify };

/// Sizes are in the context's user units: points on a page, dots on a thermal raster.
struct TextStyle {
    Family family = Family::Serif;
    double size = 13;
    bool bold = false;
    bool italic = false;
    Align align = Align::Left;
    double lineSpacing = 0;  ///< a factor (1.2); 0 keeps the font's own
    double indent = 0;       ///< first line indent; negative hangs the rest (bullets)
};

/// Text on one cairo context through one pango context (made once: layouts are the hot path
/// of the ticket benchmark). Text is pango markup; escape what is not (escapeMarkup).
/// Laid-out text is kept per (text, style, width): a form measures each paragraph and then
/// draws it, and both share one shaping.
class TextPainter {
public:
    explicit TextPainter(cairo_t* cr);
    ~TextPainter();
    TextPainter(const TextPainter&) = delete;
    TextPainter& operator=(const TextPainter&) = delete;

    /// Lays the text out `width` wide with its top-left at (x, y); returns the height it takes.
    double draw(double x, double y, double width, std::string_view markup, const TextStyle& style);
    /// The height draw() would take, without drawing.
    [[nodiscard]] double measure(double width, std::string_view markup, const TextStyle& style);
    /// Width of the text on one line (no wrapping).
    [[nodiscard]] double naturalWidth(std::string_view markup, const TextStyle& style);

private:
    struct Prepared {
        PangoLayout* layout = nullptr;
        double balanced = -1;  ///< the balanced width of a centred text, once drawn
    };
    Prepared& prepare(double width, std::string_view markup, const TextStyle& style);
    void setUp(PangoLayout* layout, double width, std::string_view markup, const TextStyle& style);
    static double balancedWidth(PangoLayout* layout, double width);
    void clearCache();

    cairo_t* m_cr;
    PangoContext* m_context;
    std::unordered_map<std::string, Prepared> m_cache;
};

/// Escapes &, <, > and quotes for pango markup.
[[nodiscard]] std::string escapeMarkup(std::string_view text);

/// Draws the matrix with its top-left at (x, y), each module `module` units square. Rectangles
/// are filled without antialiasing so modules stay crisp on a 1-bit raster.
void drawQr(cairo_t* cr, const QrMatrix& qr, double x, double y, double module);

/// The same as one small image mask scaled up with no smoothing (page documents: far less PDF
/// to write than one rectangle per run of modules).
void drawQrImage(cairo_t* cr, const QrMatrix& qr, double x, double y, double module);

/// A horizontal line from x0 to x1 at y.
void hline(cairo_t* cr, double x0, double x1, double y, double width);

}  // namespace motcua::documents
