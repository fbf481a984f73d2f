#include "scan/pdf_assembler.h"

#include "domain/error.h"
#include "scan/page_encoding.h"

#include <qpdf/QPDF.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdio>
#include <exception>

namespace motcua::scan {
namespace {

std::string number(double value) {
    char text[32];
    std::snprintf(text, sizeof text, "%.2f", value);
    return text;
}

}  // namespace

PdfAssembler::PdfAssembler() : m_out(std::make_unique<QPDF>()) {
    m_out->emptyPDF();
}

PdfAssembler::~PdfAssembler() = default;

void PdfAssembler::addRaster(const Raster& scanned) {
    const EncodedPage page = encodePage(scanned);
    QPDF& pdf = *m_out;
    const std::string width = number(page.width * 72.0 / page.dpi);
    const std::string height = number(page.height * 72.0 / page.dpi);
    QPDFObjectHandle image = QPDFObjectHandle::newStream(&pdf);
    const bool bilevel = page.kind == PageKind::Bilevel;
    image.replaceDict(QPDFObjectHandle::parse("<< /Type /XObject /Subtype /Image /Width " + std::to_string(page.width) +
                                              " /Height " + std::to_string(page.height) + " /ColorSpace " +
                                              (page.kind == PageKind::Colour ? "/DeviceRGB" : "/DeviceGray") +
                                              " /BitsPerComponent " + (bilevel ? "1" : "8") + " >>"));
    if (bilevel) {
        // T.6 data, 0 = black once decoded (/BlackIs1 false, the default), rows not byte-aligned.
        image.replaceStreamData(page.data, QPDFObjectHandle::newName("/CCITTFaxDecode"),
                                QPDFObjectHandle::parse("<< /K -1 /Columns " + std::to_string(page.width) + " /Rows " +
                                                        std::to_string(page.height) + " /BlackIs1 false >>"));
    } else {
        image.replaceStreamData(page.data, QPDFObjectHandle::newName("/DCTDecode"), QPDFObjectHandle::newNull());
    }
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
