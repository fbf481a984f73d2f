#include "sample_files.h"

#include <cairo.h>
#include <png.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <tiffio.h>

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <memory>
#include <random>
#include <sstream>
#include <stdexcept>
#include <unistd.h>

namespace motcua::scan::test {
namespace {

std::string readAll(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream out;
    out << in.rdbuf();
    return out.str();
}

std::filesystem::path tempPath(const std::string& suffix) {
    static int counter = 0;
    return std::filesystem::temp_directory_path() /
           ("motcua-scan-" + std::to_string(::getpid()) + "-" + std::to_string(++counter) + suffix);
}

}  // namespace

Raster documentPage(int width, int height, int channels, double dpi) {
    cairo_surface_t* surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height);
    cairo_t* cr = cairo_create(surface);
    cairo_set_source_rgb(cr, 1, 1, 1);
    cairo_paint(cr);
    cairo_set_source_rgb(cr, 0, 0, 0);
    cairo_select_font_face(cr, "serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    const double scale = (dpi > 0 ? dpi : 72.0) / 72.0;
    cairo_set_font_size(cr, 11 * scale);
    std::mt19937 random(42);
    const char* words[] = {"CONG", "HOA", "XA", "HOI", "CHU", "NGHIA", "VIET", "NAM", "Doc", "lap", "Tu", "do",
                           "Hanh", "phuc", "giay", "chung", "nhan", "quyen", "su", "dung", "dat", "so"};
    for (double y = 72 * scale; y < height - 72 * scale; y += 16 * scale) {
        std::string line;
        while (line.size() < 80) line += std::string(words[random() % 22]) + " ";
        cairo_move_to(cr, 60 * scale, y);
        cairo_show_text(cr, line.c_str());
    }
    if (channels == 3) {
        cairo_set_source_rgb(cr, 0.85, 0.1, 0.1);
        cairo_set_line_width(cr, 3 * scale);
        cairo_arc(cr, width * 0.7, height * 0.85, 50 * scale, 0, 6.3);
        cairo_stroke(cr);
    }
    cairo_destroy(cr);
    cairo_surface_flush(surface);
    Raster raster{width, height, channels, dpi, {}};
    const unsigned char* data = cairo_image_surface_get_data(surface);
    const int stride = cairo_image_surface_get_stride(surface);
    raster.pixels.reserve(static_cast<std::size_t>(width * height * channels));
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const unsigned char* p = data + y * stride + x * 4;  // BGRX
            if (channels == 1) {
                raster.pixels.push_back(p[1]);
            } else {
                raster.pixels.push_back(p[2]);
                raster.pixels.push_back(p[1]);
                raster.pixels.push_back(p[0]);
            }
        }
    cairo_surface_destroy(surface);
    return raster;
}

std::string pngOf(const Raster& raster) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    image.width = static_cast<png_uint_32>(raster.width);
    image.height = static_cast<png_uint_32>(raster.height);
    image.format = raster.channels == 1 ? PNG_FORMAT_GRAY : PNG_FORMAT_RGB;
    png_alloc_size_t size = 0;
    png_image_write_to_memory(&image, nullptr, &size, 0, raster.pixels.data(), 0, nullptr);
    std::string png(size, '\0');
    if (png_image_write_to_memory(&image, png.data(), &size, 0, raster.pixels.data(), 0, nullptr) == 0)
        throw std::runtime_error("png write");
    png.resize(size);
    if (raster.dpi > 0) {  // pHYs goes before IDAT
        const auto perMetre = static_cast<std::uint32_t>(raster.dpi / 0.0254 + 0.5);
        const std::size_t idat = png.find("IDAT") - 4;
        png.insert(idat, pngChunk("pHYs", bigEndian32(perMetre) + bigEndian32(perMetre) + std::string(1, '\1')));
    }
    return png;
}

Raster photoPage(int width, int height, double dpi) {
    Raster photo{width, height, 1, dpi, {}};
    photo.pixels.reserve(static_cast<std::size_t>(width) * static_cast<std::size_t>(height));
    std::mt19937 random(7);
    std::uniform_int_distribution<int> grain(-18, 18);
    for (int y = 0; y < height; ++y)
        for (int x = 0; x < width; ++x) {
            const double shade = 120 + 70 * std::sin(x / 41.0) * std::cos(y / 57.0) + 30 * std::sin((x + y) / 200.0);
            photo.pixels.push_back(static_cast<std::uint8_t>(std::clamp(static_cast<int>(shade) + grain(random), 0, 255)));
        }
    return photo;
}

Raster withPortrait(Raster page, int x0, int y0, int width, int height) {
    const auto channels = static_cast<std::size_t>(page.channels);
    for (int y = y0; y < y0 + height && y < page.height; ++y)
        for (int x = x0; x < x0 + width && x < page.width; ++x) {
            // A face-like oval of mid greys on a lighter background.
            const double dx = (x - x0 - width / 2.0) / (width * 0.35);
            const double dy = (y - y0 - height * 0.45) / (height * 0.38);
            const int value = dx * dx + dy * dy < 1 ? 150 - static_cast<int>(40 * dy) : 190 - (y - y0) * 60 / height;
            const std::size_t at = (static_cast<std::size_t>(y) * static_cast<std::size_t>(page.width) + static_cast<std::size_t>(x)) * channels;
            for (std::size_t c = 0; c < channels; ++c) page.pixels[at + c] = static_cast<std::uint8_t>(value);
        }
    return page;
}

Raster asScanned(const Raster& page) {
    Raster scanned = page;
    std::mt19937 random(11);
    std::uniform_int_distribution<int> grain(-10, 10);
    const int w = page.width;
    for (int y = 1; y + 1 < page.height; ++y)
        for (int x = 1; x + 1 < w; ++x) {
            const auto at = static_cast<std::size_t>(y) * static_cast<std::size_t>(w) + static_cast<std::size_t>(x);
            // 3×3 blur with the centre weighted 4: a scanner's optics.
            const int sum = 4 * page.pixels[at] + page.pixels[at - 1] + page.pixels[at + 1] +
                            page.pixels[at - static_cast<std::size_t>(w)] + page.pixels[at + static_cast<std::size_t>(w)];
            const int ink = sum / 8;
            // Paper at ~235 instead of 255, ink at ~35 instead of 0.
            scanned.pixels[at] = static_cast<std::uint8_t>(std::clamp(35 + ink * 200 / 255 + grain(random), 0, 255));
        }
    return scanned;
}

Raster asRgb(const Raster& grey) {
    Raster rgb{grey.width, grey.height, 3, grey.dpi, {}};
    rgb.pixels.reserve(grey.pixels.size() * 3);
    for (const std::uint8_t v : grey.pixels) rgb.pixels.insert(rgb.pixels.end(), {v, v, v});
    return rgb;
}

Raster renderPage(const std::string& pdf, int width, int height, bool grey, std::string* errors) {
    const auto path = tempPath(".pdf");
    std::ofstream(path, std::ios::binary) << pdf;
    const auto out = tempPath("");
    const auto errorsPath = tempPath(".err");
    const std::string command = "pdftoppm -f 1 -l 1 -singlefile " + std::string(grey ? "-gray " : "") +
                                "-scale-to-x " + std::to_string(width) + " -scale-to-y " + std::to_string(height) + " '" +
                                path.string() + "' '" + out.string() + "' 2>'" + errorsPath.string() + "'";
    const int status = std::system(command.c_str());
    *errors = readAll(errorsPath) + (status == 0 ? "" : "pdftoppm failed");
    const auto image = out.string() + (grey ? ".pgm" : ".ppm");
    std::string pnm = readAll(image);
    for (const auto& p : {path.string(), errorsPath.string(), image}) std::filesystem::remove(p);
    // Netpbm: "P5|P6 <w> <h> 255" then one whitespace and the raw samples.
    std::istringstream header(pnm);
    std::string magic;
    int w = 0;
    int h = 0;
    int max = 0;
    header >> magic >> w >> h >> max;
    Raster raster{w, h, grey ? 1 : 3, 0, {}};
    const auto start = static_cast<std::size_t>(header.tellg()) + 1;
    const std::size_t size = static_cast<std::size_t>(w) * static_cast<std::size_t>(h) * static_cast<std::size_t>(raster.channels);
    if (header && pnm.size() >= start + size) raster.pixels.assign(pnm.begin() + static_cast<std::ptrdiff_t>(start), pnm.begin() + static_cast<std::ptrdiff_t>(start + size));
    return raster;
}

std::string tiffOf(const std::vector<Raster>& pages) {
    const auto path = tempPath(".tif");
    TIFF* tiff = TIFFOpen(path.c_str(), "w");
    for (const Raster& page : pages) {
        TIFFSetField(tiff, TIFFTAG_IMAGEWIDTH, static_cast<std::uint32_t>(page.width));
        TIFFSetField(tiff, TIFFTAG_IMAGELENGTH, static_cast<std::uint32_t>(page.height));
        TIFFSetField(tiff, TIFFTAG_SAMPLESPERPIXEL, static_cast<std::uint16_t>(page.channels));
        TIFFSetField(tiff, TIFFTAG_BITSPERSAMPLE, static_cast<std::uint16_t>(8));
        TIFFSetField(tiff, TIFFTAG_PHOTOMETRIC, page.channels == 1 ? PHOTOMETRIC_MINISBLACK : PHOTOMETRIC_RGB);
        TIFFSetField(tiff, TIFFTAG_PLANARCONFIG, PLANARCONFIG_CONTIG);
        TIFFSetField(tiff, TIFFTAG_COMPRESSION, COMPRESSION_ADOBE_DEFLATE);
        TIFFSetField(tiff, TIFFTAG_ROWSPERSTRIP, static_cast<std::uint32_t>(64));
        TIFFSetField(tiff, TIFFTAG_XRESOLUTION, page.dpi);
        TIFFSetField(tiff, TIFFTAG_YRESOLUTION, page.dpi);
        TIFFSetField(tiff, TIFFTAG_RESOLUTIONUNIT, RESUNIT_INCH);
        const auto stride = static_cast<std::size_t>(page.width * page.channels);
        for (int y = 0; y < page.height; ++y)
            TIFFWriteScanline(tiff, const_cast<std::uint8_t*>(page.pixels.data()) + static_cast<std::size_t>(y) * stride,
                              static_cast<std::uint32_t>(y), 0);
        TIFFWriteDirectory(tiff);
    }
    TIFFClose(tiff);
    std::string bytes = readAll(path);
    std::filesystem::remove(path);
    return bytes;
}

std::string blankPdf(int pages, bool encrypted) {
    QPDF pdf;
    pdf.emptyPDF();
    for (int i = 0; i < pages; ++i) {
        QPDFObjectHandle page = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 595 842] /Resources << >> >>");
        page.replaceKey("/Contents", QPDFObjectHandle::newStream(&pdf, "0 0 m 100 " + std::to_string(100 + i) + " l S\n"));
        QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(page)), false);
    }
    QPDFWriter writer(pdf);
    writer.setOutputMemory();
    writer.setStaticID(true);
    if (encrypted) writer.setR6EncryptionParameters("mo", "chu", true, true, true, true, true, true, qpdf_r3p_full, true);
    writer.write();
    auto buffer = writer.getBufferSharedPointer();
    return {reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize()};
}

std::string bigEndian32(std::uint32_t value) {
    return {static_cast<char>(value >> 24), static_cast<char>(value >> 16), static_cast<char>(value >> 8),
            static_cast<char>(value)};
}

std::string pngChunk(const std::string& type, const std::string& data) {
    std::uint32_t crc = 0xFFFFFFFFU;
    for (const char c : type + data) {
        crc ^= static_cast<unsigned char>(c);
        for (int k = 0; k < 8; ++k) crc = (crc >> 1) ^ (0xEDB88320U & (0U - (crc & 1U)));
    }
    return bigEndian32(static_cast<std::uint32_t>(data.size())) + type + data + bigEndian32(~crc);
}

std::string pdfinfo(const std::string& pdf) {
    const auto path = tempPath(".pdf");
    std::ofstream(path, std::ios::binary) << pdf;
    std::string output;
    std::unique_ptr<FILE, int (*)(FILE*)> pipe(::popen(("pdfinfo '" + path.string() + "' 2>&1").c_str(), "r"), ::pclose);
    std::array<char, 512> chunk{};
    while (std::fgets(chunk.data(), chunk.size(), pipe.get()) != nullptr) output += chunk.data();
    pipe.reset();
    std::filesystem::remove(path);
    return output;
}

}  // namespace motcua::scan::test
