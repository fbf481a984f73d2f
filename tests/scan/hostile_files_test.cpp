// Hostile files, all made here: each is refused with a Vietnamese message that names the file by
// its position, and paperPdf returns nothing. Sizes that would exhaust memory are refused from
// the headers, before any pixel buffer exists.
#include "domain/error.h"
#include "sample_files.h"
#include "scan/image_codec.h"
#include "scan/paper_pdf.h"

#include <catch2/catch.hpp>

#include <chrono>

using namespace motcua;
using namespace motcua::scan;
using namespace motcua::scan::test;

namespace {

// The message paperPdf refuses with, or "" if it accepted the files.
std::string refusal(const std::vector<std::string>& files, const PaperLimits& limits = {}) {
    try {
        (void)paperPdf(files, limits);
    } catch (const Error& e) {
        CHECK(e.code() == ErrorCode::InvalidInput);
        return e.what();
    }
    return "";
}

void refusedAs(const std::string& message, int position, const std::string& phrase) {
    INFO(message);
    CHECK(message.starts_with("Tệp thứ " + std::to_string(position) + ": "));
    CHECK(message.find(phrase) != std::string::npos);
}

std::string goodPng() { return pngOf(documentPage(300, 400, 1, 100)); }
std::string goodJpeg() { return encodeJpeg(documentPage(300, 400, 3, 100), 80); }
std::string goodTiff() { return tiffOf({documentPage(120, 160, 1, 100), documentPage(120, 160, 3, 100)}); }

std::string half(const std::string& bytes) { return bytes.substr(0, bytes.size() / 2); }

std::string le16(std::uint16_t v) { return {static_cast<char>(v & 0xFF), static_cast<char>(v >> 8)}; }
std::string le32(std::uint32_t v) { return le16(static_cast<std::uint16_t>(v & 0xFFFF)) + le16(static_cast<std::uint16_t>(v >> 16)); }

struct TiffEntry {
    std::uint16_t tag;
    std::uint16_t type;  // 3 SHORT, 4 LONG
    std::uint32_t value;
};

// A little-endian TIFF with one IFD at offset 8 whose next-IFD offset is `next`, then `tail`.
std::string handTiff(const std::vector<TiffEntry>& entries, std::uint32_t next = 0, const std::string& tail = "") {
    std::string tiff = std::string("II*\0", 4) + le32(8) + le16(static_cast<std::uint16_t>(entries.size()));
    for (const TiffEntry& e : entries)
        tiff += le16(e.tag) + le16(e.type) + le32(1) + (e.type == 3 ? le16(static_cast<std::uint16_t>(e.value)) + le16(0) : le32(e.value));
    return tiff + le32(next) + tail;
}

std::vector<TiffEntry> greyStrip(std::uint32_t width, std::uint32_t height, std::uint32_t offset, std::uint32_t bytes) {
    return {{256, 4, width}, {257, 4, height}, {258, 3, 8},   {259, 3, 1},      {262, 3, 1},
            {273, 4, offset}, {277, 3, 1},     {278, 4, height}, {279, 4, bytes}};
}

// The SOF0 frame of a JPEG made to declare another size.
std::string jpegDeclaring(std::string jpeg, std::uint16_t width, std::uint16_t height) {
    const std::size_t sof = jpeg.find("\xFF\xC0");
    REQUIRE(sof != std::string::npos);
    jpeg[sof + 5] = static_cast<char>(height >> 8);
    jpeg[sof + 6] = static_cast<char>(height & 0xFF);
    jpeg[sof + 7] = static_cast<char>(width >> 8);
    jpeg[sof + 8] = static_cast<char>(width & 0xFF);
    return jpeg;
}

std::string pngDeclaring(std::uint32_t width, std::uint32_t height) {
    const std::string ihdr = bigEndian32(width) + bigEndian32(height) + std::string("\x08\x00\x00\x00\x00", 5);
    // A few bytes of zlib data: the bomb is in the header's promise, not the payload.
    return "\x89PNG\r\n\x1A\n" + pngChunk("IHDR", ihdr) + pngChunk("IDAT", std::string("\x78\x9C\x03\x00\x00\x00\x00\x01", 8)) +
           pngChunk("IEND", "");
}

}  // namespace

TEST_CASE("content that is no paper is refused by what it is, not by its name", "[scan][hostile]") {
    refusedAs(refusal({""}), 1, "0 byte");
    refusedAs(refusal({"Xin chào, đây là một tệp văn bản.\n"}), 1, "không phải PDF, JPEG, PNG hay TIFF");
    refusedAs(refusal({std::string("PK\x03\x04\x14\0\0\0\x08\0", 10) + std::string(200, 'z')}), 1, "không phải PDF");
    refusedAs(refusal({std::string("\x7F" "ELF\x02\x01\x01\0", 8) + std::string(300, '\0')}), 1, "không phải PDF");
    refusedAs(refusal({"<!DOCTYPE html><html><body>giay to.pdf</body></html>"}), 1, "không phải PDF");
    refusedAs(refusal({"GIF89a\x01\0\x01\0"}), 1, "không phải PDF");
    refusedAs(refusal({"BM" + std::string(60, '\0')}), 1, "không phải PDF");
    refusedAs(refusal({"../../etc/passwd"}), 1, "không phải PDF");  // a path is not content
}

TEST_CASE("truncated and damaged images are refused", "[scan][hostile]") {
    refusedAs(refusal({half(goodJpeg())}), 1, "JPEG bị hỏng");
    refusedAs(refusal({goodJpeg().substr(0, 20)}), 1, "JPEG bị hỏng");
    std::string scrambled = goodJpeg();
    for (std::size_t i = scrambled.size() / 3; i < scrambled.size() / 3 + 400; ++i) scrambled[i] = static_cast<char>(i * 7);
    refusedAs(refusal({scrambled}), 1, "JPEG bị hỏng");
    refusedAs(refusal({half(goodPng())}), 1, "PNG bị hỏng");
    refusedAs(refusal({std::string("\x89PNG\r\n\x1A\n", 8)}), 1, "PNG bị hỏng");
    std::string badCrc = goodPng();
    badCrc[29] = static_cast<char>(badCrc[29] ^ 0x55);  // inside IHDR's CRC
    refusedAs(refusal({badCrc}), 1, "PNG bị hỏng");
    refusedAs(refusal({half(goodTiff())}), 1, "TIFF bị hỏng");
    refusedAs(refusal({std::string("II*\0\xFF\xFF\xFF\x7F", 8)}), 1, "TIFF bị hỏng");
}

TEST_CASE("a decompression bomb is refused from its header, before decoding", "[scan][hostile]") {
    const auto started = std::chrono::steady_clock::now();
    refusedAs(refusal({pngDeclaring(60000, 60000)}), 1, "60000×60000 điểm ảnh");
    refusedAs(refusal({pngDeclaring(0x7FFFFFFF, 0x7FFFFFFF)}), 1, "PNG bị hỏng");  // beyond libpng's own limits
    refusedAs(refusal({jpegDeclaring(goodJpeg(), 65000, 65000)}), 1, "65000×65000 điểm ảnh");
    refusedAs(refusal({handTiff(greyStrip(40000, 40000, 200, 1000), 0, std::string(1000, '\0'))}), 1, "40000×40000 điểm ảnh");
    // Had any of them been decoded, gigabytes would have been written; this takes milliseconds.
    CHECK(std::chrono::steady_clock::now() - started < std::chrono::seconds(2));
}

TEST_CASE("TIFFs with absurd tags are refused", "[scan][hostile]") {
    // Dimensions of four billion, a strip far past the end of the file, 2 GB strips.
    refusedAs(refusal({handTiff(greyStrip(0xFFFFFFFF, 0xFFFFFFFF, 0x7FFFFFFF, 0x7FFFFFFF))}), 1, "TIFF bị hỏng");
    refusedAs(refusal({handTiff(greyStrip(100, 100, 0x7FFFFFF0, 10000))}), 1, "TIFF bị hỏng");
    refusedAs(refusal({handTiff({{256, 4, 100}, {257, 4, 100}, {258, 3, 8}, {259, 3, 1}})}), 1, "TIFF bị hỏng");
    // A directory that points at itself.
    refusedAs(refusal({handTiff(greyStrip(10, 10, 200, 100), 8, std::string(200, '\0'))}), 1, "TIFF bị hỏng");
    // Compression scheme 60000 does not exist.
    auto unknownCodec = greyStrip(10, 10, 200, 100);
    unknownCodec[3].value = 60000;
    refusedAs(refusal({handTiff(unknownCodec, 0, std::string(200, '\0'))}), 1, "TIFF bị hỏng");
}

TEST_CASE("broken, encrypted, empty and oversized PDFs are refused", "[scan][hostile]") {
    refusedAs(refusal({half(blankPdf(2))}), 1, "PDF bị hỏng");
    refusedAs(refusal({"%PDF-1.7\n"}), 1, "PDF bị hỏng");
    refusedAs(refusal({blankPdf(1, true)}), 1, "mã hoá");
    refusedAs(refusal({blankPdf(0)}), 1, "không có trang nào");
    PaperLimits three;
    three.maxPages = 3;
    refusedAs(refusal({blankPdf(4)}, three), 1, "quá giới hạn 3 trang");
    std::string badXref = blankPdf(2);
    const std::size_t startxref = badXref.rfind("startxref\n");
    badXref.replace(startxref + 10, 3, "999");
    refusedAs(refusal({badXref}), 1, "PDF bị hỏng");
    std::string badEntry = blankPdf(2);
    const std::size_t entry = badEntry.find(" 00000 n");
    badEntry.replace(entry - 10, 10, "0000000001");
    refusedAs(refusal({badEntry}), 1, "PDF bị hỏng");
}

TEST_CASE("the limits on bytes, pages and pixels are kept", "[scan][hostile]") {
    PaperLimits small;
    small.maxBytes = 1000;
    refusedAs(refusal({goodPng()}, small), 1, "lớn hơn giới hạn");
    PaperLimits three;
    three.maxPages = 3;
    refusedAs(refusal({blankPdf(2), blankPdf(2)}, three), 2, "vượt quá 3 trang");
    const Raster page = documentPage(50, 50, 1, 72);
    refusedAs(refusal({tiffOf({page, page, page, page})}, three), 1, "vượt quá 3 trang");
    PaperLimits fewPixels;
    fewPixels.maxPixelsPerPage = 150'000;
    refusedAs(refusal({goodPng(), pngOf(documentPage(500, 400, 1, 0))}, fewPixels), 2, "500×400 điểm ảnh, vượt giới hạn 150000");
}

TEST_CASE("one bad file among good ones is named by its position and nothing is made", "[scan][hostile]") {
    refusedAs(refusal({goodPng(), goodJpeg(), half(goodTiff()), blankPdf(1)}), 3, "TIFF bị hỏng");
    refusedAs(refusal({blankPdf(1), blankPdf(1, true)}), 2, "mã hoá");
    // A PNG's bytes under a JPEG's magic number: the content decides, and it is broken.
    refusedAs(refusal({goodJpeg(), "\xFF\xD8\xFF" + goodPng()}), 2, "JPEG bị hỏng");
    CHECK_THROWS_AS(paperPdf({}, PaperLimits{}), Error);
}

