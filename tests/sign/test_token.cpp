#include "test_token.h"

#include <cairo-pdf.h>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFWriter.hh>

#include <cstdlib>
#include <stdexcept>
#include <sys/stat.h>

namespace motcua::signtest {

using clitest::runProgram;

TestToken::TestToken()
{
    ::mkdir(m_dir.file("tokens").c_str(), 0700);
    m_config = m_dir.file("softhsm2.conf");
    clitest::writeFile(m_config, "directories.tokendir = " + m_dir.file("tokens") + "\nobjectstore.backend = file\nlog.level = ERROR\n");
    // The library under test loads SoftHSM in this process too.
    ::setenv("SOFTHSM2_CONF", m_config.c_str(), 1);
    const std::string ossl = "/usr/bin/openssl";
    run(ossl, {"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", m_dir.file("ca.key"), "-out", m_dir.file("ca.pem"),
               "-subj", "/CN=CA thử nghiệm motcua", "-days", "30", "-utf8"});
    run(ossl, {"req", "-new", "-newkey", "rsa:2048", "-nodes", "-keyout", m_dir.file("signer.key"), "-out",
               m_dir.file("signer.csr"), "-subj", std::string("/CN=") + kSignerName + "/O=UBND xã Thử Nghiệm", "-utf8"});
    clitest::writeFile(m_dir.file("ext.cnf"), "keyUsage=critical,digitalSignature,nonRepudiation\n");
    run(ossl, {"x509", "-req", "-in", m_dir.file("signer.csr"), "-CA", m_dir.file("ca.pem"), "-CAkey", m_dir.file("ca.key"),
               "-CAcreateserial", "-out", m_dir.file("signer.pem"), "-days", "30", "-extfile", m_dir.file("ext.cnf")});
    run(ossl, {"x509", "-in", m_dir.file("signer.pem"), "-outform", "DER", "-out", m_dir.file("signer.der")});
    run("/usr/bin/softhsm2-util", {"--init-token", "--free", "--label", kTokenLabel, "--pin", kPin, "--so-pin", "12345678"});
    run("/usr/bin/softhsm2-util",
        {"--import", m_dir.file("signer.key"), "--token", kTokenLabel, "--label", "ky-so", "--id", "01", "--pin", kPin});
    run("/usr/bin/pkcs11-tool", {"--module", kSoftHsmModule, "--login", "--pin", kPin, "--token-label", kTokenLabel,
                                 "--write-object", m_dir.file("signer.der"), "--type", "cert", "--id", "01", "--label", "ky-so"});
}

void TestToken::run(const std::string& program, const std::vector<std::string>& args) const
{
    const auto r = runProgram(program, args, env());
    if (r.exitCode != 0) throw std::runtime_error(program + " failed: " + r.out + r.err);
}

bool PdfsigReport::valid() const
{
    return text.find("Signature Validation: Signature is Valid.") != std::string::npos &&
           text.find("Total document signed") != std::string::npos;
}

PdfsigReport pdfsig(const std::string& pdfPath)
{
    const auto r = runProgram("/usr/bin/pdfsig", {"-nocert", pdfPath});
    return {r.exitCode, r.out + r.err};
}

namespace {

cairo_status_t append(void* closure, const unsigned char* data, unsigned int length)
{
    static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::string twoPagePdf()
{
    std::string pdf;
    cairo_surface_t* s = cairo_pdf_surface_create_for_stream(append, &pdf, 595, 842);
    cairo_t* cr = cairo_create(s);
    for (int page = 1; page <= 2; ++page) {
        cairo_select_font_face(cr, "Noto Serif", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
        cairo_set_font_size(cr, 14);
        cairo_move_to(cr, 72, 100);
        cairo_show_text(cr, page == 1 ? "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" : "Trang 2: người ký");
        cairo_show_page(cr);
    }
    cairo_destroy(cr);
    cairo_surface_finish(s);
    cairo_surface_destroy(s);
    return pdf;
}

std::string encryptedPdf(const std::string& pdf)
{
    QPDF in;
    in.processMemoryFile("slip.pdf", pdf.data(), pdf.size());
    QPDFWriter w(in);
    w.setOutputMemory();
    w.setR6EncryptionParameters("u", "o", true, true, true, true, true, true, qpdf_r3p_full, true);
    w.write();
    const auto buffer = w.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

}  // namespace motcua::signtest
