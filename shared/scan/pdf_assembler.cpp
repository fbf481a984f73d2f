#include "scan/pdf_assembler.h"

#include "domain/error.h"
#include "scan/image_codec.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <exception>

namespace motcua::scan {
namespace {

constexpr double kA4ShortInches = 210.0 / 25.4;
constexpr double kA4LongInches = 297.0 / 25.4;

// The resolution that makes the image fill an A4 page turned its way.
double fitToA4(const Raster& raster) {
    const bool landscape = raster.width > raster.height;
    const double across = landscape ? kA4LongInches : kA4ShortInches;
    const double down = landscape ? kA4ShortInches : kA4LongInches;
    return std::max(raster.width / across, raster.height / down);
}

// A stated resolution is believed when it gives a page no bigger than A3 and no smaller than a
// business card; otherwise the file's number is noise.
double pageDpi(const Raster& raster) {
    if (raster.dpi > 0) {
        const double longInches = std::max(raster.width, raster.height) / raster.dpi;
        if (longInches >= 2.0 && longInches <= 17.0) return raster.dpi;
    }
    return fitToA4(raster);
}

// Each output pixel is the mean of the source box it covers.
Raster areaAverage(const Raster& in, int width, int height) {
    Raster out;
    out.width = width;
    out.height = height;
    out.channels = in.channels;
    const auto channels = static_cast<std::size_t>(in.channels);
    out.pixels.resize(static_cast<std::size_t>(width) * static_cast<std::size_t>(height) * channels);
    std::vector<std::uint32_t> sums(static_cast<std::size_t>(width) * channels);
    std::vector<std::uint32_t> counts(static_cast<std::size_t>(width));
    std::vector<int> column(static_cast<std::size_t>(in.width));
    for (int x = 0; x < in.width; ++x)
        column[static_cast<std::size_t>(x)] = static_cast<int>(static_cast<std::int64_t>(x) * width / in.width);
    int y = 0;
    for (int oy = 0; oy < height; ++oy) {
        const auto yEnd = static_cast<int>(static_cast<std::int64_t>(oy + 1) * in.height / height);
        std::fill(sums.begin(), sums.end(), 0U);
        std::fill(counts.begin(), counts.end(), 0U);
        for (; y < std::max(yEnd, y + 1) && y < in.height; ++y) {
            const std::uint8_t* row = in.pixels.data() + static_cast<std::size_t>(y) * static_cast<std::size_t>(in.width) * channels;
            for (std::size_t x = 0; x < static_cast<std::size_t>(in.width); ++x) {
                const auto ox = static_cast<std::size_t>(column[x]);
                ++counts[ox];
                for (std::size_t c = 0; c < channels; ++c) sums[ox * channels + c] += row[x * channels + c];
            }
        }
        std::uint8_t* dest = out.pixels.data() + static_cast<std::size_t>(oy) * static_cast<std::size_t>(width) * channels;
        for (std::size_t ox = 0; ox < static_cast<std::size_t>(width); ++ox)
            for (std::size_t c = 0; c < channels; ++c)
                dest[ox * channels + c] = static_cast<std::uint8_t>(counts[ox] == 0 ? 255 : sums[ox * channels + c] / counts[ox]);
    }
    return out;
}

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

}  // namespace

Raster atPageResolution(Raster raster) {
    const double dpi = pageDpi(raster);
    if (dpi <= kPageDpi * 1.1) {
        raster.dpi = dpi;
        return raster;
    }
    const double scale = kPageDpi / dpi;
    const int width = std::max(1, static_cast<int>(std::lround(raster.width * scale)));
    const int height = std::max(1, static_cast<int>(std::lround(raster.height * scale)));
    Raster smaller = areaAverage(raster, width, height);
    smaller.dpi = dpi * width / raster.width;
    return smaller;
}

PdfAssembler::PdfAssembler() : m_out(std::make_unique<QPDF>()) {
    m_out->emptyPDF();
}

PdfAssembler::~PdfAssembler() = default;

void PdfAssembler::addRaster(const Raster& page) {
    QPDF& pdf = *m_out;
    const double dpi = page.dpi > 0 ? page.dpi : kPageDpi;
    const std::string width = number(page.width * 72.0 / dpi);
    const std::string height = number(page.height * 72.0 / dpi);
    QPDFObjectHandle image = QPDFObjectHandle::newStream(&pdf);
    image.replaceDict(QPDFObjectHandle::parse("<< /Type /XObject /Subtype /Image /Width " + std::to_string(page.width) +
                                              " /Height " + std::to_string(page.height) + " /ColorSpace " +
                                              (page.channels == 1 ? "/DeviceGray" : "/DeviceRGB") +
                                              " /BitsPerComponent 8 >>"));
    image.replaceStreamData(encodeJpeg(page, kPageJpegQuality), QPDFObjectHandle::newName("/DCTDecode"),
                            QPDFObjectHandle::newNull());
    QPDFObjectHandle contents =
        QPDFObjectHandle::newStream(&pdf, "q " + width + " 0 0 " + height + " 0 0 cm /Im0 Do Q\n");
    QPDFObjectHandle dict = QPDFObjectHandle::parse("<< /Type /Page /MediaBox [0 0 " + width + " " + height +
                                                    "] /Resources << /XObject << >> >> >>");
    dict.getKey("/Resources").getKey("/XObject").replaceKey("/Im0", image);
    dict.replaceKey("/Contents", contents);
    QPDFPageDocumentHelper(pdf).addPage(QPDFPageObjectHelper(pdf.makeIndirectObject(dict)), false);
    ++m_pages;
}

void PdfAssembler::addPdf(const std::string& pdf) {
    try {
        m_sourceBytes.push_back(std::make_unique<std::string>(pdf));
        auto source = std::make_unique<QPDF>();
        source->setSuppressWarnings(true);
        source->setAttemptRecovery(false);
        source->processMemoryFile("giấy tờ", m_sourceBytes.back()->data(), m_sourceBytes.back()->size());
        QPDFPageDocumentHelper into(*m_out);
        for (QPDFPageObjectHelper& page : QPDFPageDocumentHelper(*source).getAllPages()) {
            into.addPage(page, false);
            ++m_pages;
        }
        m_sources.push_back(std::move(source));
    } catch (const std::exception&) {
        throw Error(ErrorCode::InvalidInput, "Tệp PDF bị hỏng hoặc không ghép được.");
    }
}

std::string PdfAssembler::write() {
    QPDFWriter writer(*m_out);
    writer.setOutputMemory();
    writer.setDeterministicID(true);
    writer.setObjectStreamMode(qpdf_o_generate);
    writer.write();
    const std::shared_ptr<Buffer> buffer = writer.getBufferSharedPointer();
    return {reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize()};
}

}  // namespace motcua::scan
