#include "sign/pades.h"

#include "sign/sign_error.h"

#include <podofo/podofo.h>

namespace motcua::sign {

namespace {

using namespace PoDoFo;

constexpr std::size_t kReservedCmsBytes = 16384;  // a CMS with a 4096-bit key and its certificate fits
constexpr double kMargin = 36;                    // half an inch from the page's edges

[[noreturn]] void refuseEncrypted()
{
    throw SignError(SignFailure::BadPdf, "Tệp PDF có mật khẩu (mã hoá); không ký được. Dùng bản không đặt mật khẩu.");
}

void load(PdfMemDocument& doc, std::string_view pdf)
{
    if (pdf.substr(0, 5) != "%PDF-")
        throw SignError(SignFailure::BadPdf, "Tệp vào không phải PDF; chỉ ký được tệp PDF (phiếu in ra bằng motcua render … --out X.pdf).");
    try {
        doc.LoadFromBuffer(pdf.data(), static_cast<long>(pdf.size()), true);
    } catch (const PdfError& e) {
        if (e.GetError() == ePdfError_InvalidPassword) refuseEncrypted();
        throw SignError(SignFailure::BadPdf, "Tệp PDF bị hỏng, không đọc được; không ký được. Xuất lại tệp rồi thử lại.");
    }
    if (doc.GetEncrypted()) refuseEncrypted();
    if (doc.GetPageCount() <= 0) throw SignError(SignFailure::BadPdf, "Tệp PDF không có trang nào; không ký được.");
}

/// A merged field/widget at the bottom right of the last page, printed with the page.
PdfAnnotation* addWidget(PdfMemDocument& doc)
{
    PdfPage* page = doc.GetPage(doc.GetPageCount() - 1);
    const PdfRect media = page->GetMediaBox();
    const PdfRect rect(media.GetLeft() + media.GetWidth() - kMargin - kBoxWidth, media.GetBottom() + kMargin, kBoxWidth,
                       kBoxHeight);
    PdfAnnotation* annot = page->CreateAnnotation(ePdfAnnotation_Widget, rect);
    annot->SetFlags(ePdfAnnotationFlags_Print | ePdfAnnotationFlags_Locked);
    return annot;
}

std::string readSignedBytes(PdfSignOutputDevice& signer)
{
    signer.AdjustByteRange();
    signer.Seek(0);
    std::string bytes;
    char buf[65536];
    while (const std::size_t n = signer.ReadForSignature(buf, sizeof buf)) bytes.append(buf, n);
    return bytes;
}

}  // namespace

std::string padesSign(std::string_view pdf, const BoxText& box, const std::string& reason, const CmsMaker& makeCms)
{
    PdfError::EnableLogging(false);
    PdfError::EnableDebug(false);
    PdfMemDocument doc;
    load(doc, pdf);
    PdfMemDocument boxDoc;
    const std::string boxPdf = renderBoxPdf(box);
    try {
        boxDoc.LoadFromBuffer(boxPdf.data(), static_cast<long>(boxPdf.size()));
        PdfRefCountedBuffer buffer;
        PdfOutputDevice device(&buffer);
        PdfSignOutputDevice signer(&device);
        signer.SetSignatureSize(kReservedCmsBytes);

        PdfAcroForm* form = doc.GetAcroForm(true, ePdfAcroFormDefaultAppearance_None);
        form->GetObject()->GetDictionary().AddKey(PdfName("SigFlags"), PdfObject(static_cast<pdf_int64>(3)));
        form->SetNeedAppearances(false);
        PdfSignatureField field(addWidget(doc), form, &doc);
        field.SetFieldName(PdfString("motcua-ky-so-" + std::to_string(box.signedAt)));
        PdfXObject appearance(boxDoc, 0, &doc, "KySo");
        field.SetAppearanceStream(&appearance);
        field.SetSignatureReason(PdfString(reinterpret_cast<const pdf_utf8*>(reason.c_str())));
        field.SetSignatureDate(PdfDate(static_cast<time_t>(box.signedAt)));
        field.SetSignatureCreator(PdfName("motcua"));
        field.SetSignature(*signer.GetSignatureBeacon());
        field.GetSignatureObject()->GetDictionary().AddKey(PdfName("SubFilter"), PdfName(kSubFilter));
        doc.WriteUpdate(&signer, true);
        if (!signer.HasSignaturePosition()) throw SignError(SignFailure::Failed, "Không tìm thấy chỗ đặt chữ ký trong tệp PDF.");

        const std::string cms = makeCms(readSignedBytes(signer));
        if (cms.size() > kReservedCmsBytes)
            throw SignError(SignFailure::Failed, "Chữ ký số lớn hơn chỗ dành sẵn trong tệp PDF; báo cho quản trị.");
        signer.SetSignature(PdfData(cms.data(), cms.size()));
        signer.Flush();
        return std::string(buffer.GetBuffer(), device.GetLength());
    } catch (const PdfError& e) {
        throw SignError(SignFailure::BadPdf, std::string("Không ghi được chữ ký vào tệp PDF (PoDoFo: ") +
                                                 PdfError::ErrorName(e.GetError()) + "). Xuất lại tệp rồi thử lại.");
    }
}

}  // namespace motcua::sign
