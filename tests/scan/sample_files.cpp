#include "sample_files.h"

#include <cairo.h>
#include <png.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <tiffio.h>

#include <array>
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
