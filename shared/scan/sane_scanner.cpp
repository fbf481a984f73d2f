#include "scan/sane_scanner.h"

#include "domain/error.h"
#include "scan/pdf_assembler.h"

#include <sane/sane.h>
#include <sane/saneopts.h>

#include <algorithm>
#include <cstring>
#include <mutex>

namespace motcua::scan {
namespace {

std::mutex& saneMutex() {
    static std::mutex mutex;
    return mutex;
}

// sane_init … sane_exit around one use; the mutex makes the whole use exclusive.
class SaneSession {
public:
    SaneSession() : m_lock(saneMutex()) {
        SANE_Int version = 0;
        if (sane_init(&version, nullptr) != SANE_STATUS_GOOD)
            throw Error(ErrorCode::Internal, "Không khởi động được SANE (trình điều khiển máy quét): hãy cài gói sane-utils.");
    }
    SaneSession(const SaneSession&) = delete;
    SaneSession& operator=(const SaneSession&) = delete;
    ~SaneSession() { sane_exit(); }

private:
    std::lock_guard<std::mutex> m_lock;
};

class Device {
public:
    explicit Device(const std::string& name);
    Device(const Device&) = delete;
    Device& operator=(const Device&) = delete;
    ~Device() {
        sane_cancel(m_handle);
        sane_close(m_handle);
    }
    SANE_Handle get() const { return m_handle; }

private:
    SANE_Handle m_handle = nullptr;
};

[[noreturn]] void fail(SANE_Status status) {
    switch (status) {
    case SANE_STATUS_JAMMED: throw Error(ErrorCode::IllegalState, "Giấy bị kẹt trong máy quét: hãy gỡ tờ giấy kẹt rồi quét lại.");
    case SANE_STATUS_NO_DOCS: throw Error(ErrorCode::IllegalState, "Khay nạp giấy của máy quét đang trống: hãy đặt giấy vào rồi quét lại.");
    case SANE_STATUS_COVER_OPEN: throw Error(ErrorCode::IllegalState, "Nắp máy quét đang mở: hãy đóng nắp rồi quét lại.");
    case SANE_STATUS_CANCELLED: throw Error(ErrorCode::IllegalState, "Đã huỷ quét; chưa có trang nào được lưu.");
    case SANE_STATUS_DEVICE_BUSY: throw Error(ErrorCode::Busy, "Máy quét đang bận: hãy chờ một lát rồi quét lại.");
    case SANE_STATUS_ACCESS_DENIED:
        throw Error(ErrorCode::Forbidden, "Không được phép dùng máy quét: hãy nhờ quản trị cấp quyền (nhóm scanner).");
    default:
        throw Error(ErrorCode::Internal, std::string("Máy quét báo lỗi (") + sane_strstatus(status) +
                                             "): hãy kiểm tra cáp, nguồn của máy quét rồi thử lại.");
    }
}

Device::Device(const std::string& name) {
    const SANE_Status status = sane_open(name.c_str(), &m_handle);
    if (status == SANE_STATUS_INVAL) throw Error(ErrorCode::NotFound, "Không tìm thấy máy quét " + name + ": hãy chọn lại máy quét.");
    if (status != SANE_STATUS_GOOD) fail(status);
}

std::vector<ScannerDevice> devices() {
    const SANE_Device** list = nullptr;
    if (sane_get_devices(&list, SANE_TRUE) != SANE_STATUS_GOOD || list == nullptr) return {};
    std::vector<ScannerDevice> found;
    for (; *list != nullptr; ++list)
        found.push_back(ScannerDevice{(*list)->name, std::string((*list)->vendor) + " " + (*list)->model});
    return found;
}

[[noreturn]] void noScanner() {
    throw Error(ErrorCode::NotFound, "Không tìm thấy máy quét nào: hãy cắm cáp, bật nguồn máy quét rồi thử lại.");
}

// [SECTION] options, set by name where the device has them
int findOption(SANE_Handle handle, const std::string& name, const SANE_Option_Descriptor** descriptor) {
    for (SANE_Int i = 1;; ++i) {
        const SANE_Option_Descriptor* d = sane_get_option_descriptor(handle, i);
        if (d == nullptr) return -1;
        if (d->name != nullptr && name == d->name && SANE_OPTION_IS_ACTIVE(d->cap) && SANE_OPTION_IS_SETTABLE(d->cap)) {
            *descriptor = d;
            return i;
        }
    }
}

std::vector<std::string> choices(const SANE_Option_Descriptor* d) {
    std::vector<std::string> values;
    if (d->constraint_type == SANE_CONSTRAINT_STRING_LIST)
        for (const SANE_String_Const* s = d->constraint.string_list; *s != nullptr; ++s) values.emplace_back(*s);
    return values;
}

void setString(SANE_Handle handle, const std::string& name, const std::string& value) {
    const SANE_Option_Descriptor* d = nullptr;
    const int option = findOption(handle, name, &d);
    if (option < 0) return;
    std::vector<char> text(std::max<std::size_t>(static_cast<std::size_t>(d->size), value.size() + 1), '\0');
    std::memcpy(text.data(), value.data(), value.size());
    if (d->type == SANE_TYPE_STRING) {
        sane_control_option(handle, option, SANE_ACTION_SET_VALUE, text.data(), nullptr);
    } else if (d->type == SANE_TYPE_BOOL) {
        SANE_Bool on = value == "yes" || value == "true" ? SANE_TRUE : SANE_FALSE;
        sane_control_option(handle, option, SANE_ACTION_SET_VALUE, &on, nullptr);
    } else if (d->type == SANE_TYPE_INT || d->type == SANE_TYPE_FIXED) {
        const double number = std::stod(value);
        SANE_Word word = d->type == SANE_TYPE_INT ? static_cast<SANE_Word>(number) : SANE_FIX(number);
        sane_control_option(handle, option, SANE_ACTION_SET_VALUE, &word, nullptr);
    }
}

void setNumber(SANE_Handle handle, const std::string& name, double value) {
    const SANE_Option_Descriptor* d = nullptr;
    const int option = findOption(handle, name, &d);
    if (option < 0 || (d->type != SANE_TYPE_INT && d->type != SANE_TYPE_FIXED)) return;
    SANE_Word word = d->type == SANE_TYPE_INT ? static_cast<SANE_Word>(value) : SANE_FIX(value);
    if (d->constraint_type == SANE_CONSTRAINT_RANGE) word = std::clamp(word, d->constraint.range->min, d->constraint.range->max);
    sane_control_option(handle, option, SANE_ACTION_SET_VALUE, &word, nullptr);
}

// The first choice of `name` that contains one of `wanted` (SANE names differ by backend).
void choose(SANE_Handle handle, const std::string& name, std::initializer_list<const char*> wanted) {
    const SANE_Option_Descriptor* d = nullptr;
    if (findOption(handle, name, &d) < 0) return;
    for (const char* want : wanted)
        for (const std::string& value : choices(d))
            if (value.find(want) != std::string::npos) return setString(handle, name, value);
}

void configure(SANE_Handle handle, const ScanRequest& request) {
    if (request.colour == ScanColour::Grey) choose(handle, SANE_NAME_SCAN_MODE, {"Gray", "Grey", "Gray8"});
    else choose(handle, SANE_NAME_SCAN_MODE, {"Color", "Colour"});
    setNumber(handle, SANE_NAME_BIT_DEPTH, 8);
    setNumber(handle, SANE_NAME_SCAN_RESOLUTION, request.dpi);
    if (request.feeder) choose(handle, SANE_NAME_SCAN_SOURCE, {"ADF", "Feeder", "feeder", "Duplex"});
    // The whole glass up to A4: top-left at the corner, bottom-right as far as allowed.
    setNumber(handle, SANE_NAME_SCAN_TL_X, 0);
    setNumber(handle, SANE_NAME_SCAN_TL_Y, 0);
    setNumber(handle, SANE_NAME_SCAN_BR_X, 210);
    setNumber(handle, SANE_NAME_SCAN_BR_Y, 297);
    for (const auto& [name, value] : request.options) setString(handle, name, value);
}

// "Until the feeder is empty" means one sheet on a flatbed, which is never empty.
bool feeding(SANE_Handle handle) {
    const SANE_Option_Descriptor* d = nullptr;
    const int option = findOption(handle, SANE_NAME_SCAN_SOURCE, &d);
    if (option < 0 || d->type != SANE_TYPE_STRING) return false;
    std::vector<char> value(static_cast<std::size_t>(d->size) + 1, '\0');
    if (sane_control_option(handle, option, SANE_ACTION_GET_VALUE, value.data(), nullptr) != SANE_STATUS_GOOD) return false;
    const std::string source(value.data());
    return source.find("ADF") != std::string::npos || source.find("eeder") != std::string::npos ||
           source.find("Duplex") != std::string::npos;
}

// [SECTION] one frame → one page
[[noreturn]] void cancelled() { fail(SANE_STATUS_CANCELLED); }

// A feeder that never reports empty still stops (a paper's limit refuses the batch after).
constexpr int kMaxFeederSheets = 500;

std::vector<std::uint8_t> readFrame(SANE_Handle handle, const std::atomic<bool>* cancel) {
    std::vector<std::uint8_t> bytes;
    std::vector<SANE_Byte> chunk(64 * 1024);
    for (;;) {
        if (cancel != nullptr && cancel->load()) {
            sane_cancel(handle);
            cancelled();
        }
        SANE_Int length = 0;
        const SANE_Status status = sane_read(handle, chunk.data(), static_cast<SANE_Int>(chunk.size()), &length);
        if (status == SANE_STATUS_EOF) return bytes;
        if (status != SANE_STATUS_GOOD) fail(status);
        bytes.insert(bytes.end(), chunk.begin(), chunk.begin() + length);
    }
}

Raster toRaster(const SANE_Parameters& p, const std::vector<std::uint8_t>& bytes, int dpi) {
    if (p.format != SANE_FRAME_GRAY && p.format != SANE_FRAME_RGB)
        throw Error(ErrorCode::Internal, "Máy quét gửi ảnh ba lượt (từng màu) chưa được hỗ trợ: hãy quét ở chế độ xám.");
    Raster raster;
    raster.channels = p.format == SANE_FRAME_RGB ? 3 : 1;
    raster.width = p.pixels_per_line;
    raster.dpi = dpi;
    const auto stride = static_cast<std::size_t>(p.bytes_per_line);
    raster.height = stride == 0 ? 0 : static_cast<int>(bytes.size() / stride);  // hand scanners say -1 lines
    if (raster.width <= 0 || raster.height <= 0) throw Error(ErrorCode::Internal, "Máy quét không gửi trang nào: hãy quét lại.");
    const auto samples = static_cast<std::size_t>(raster.width) * static_cast<std::size_t>(raster.channels);
    raster.pixels.resize(samples * static_cast<std::size_t>(raster.height));
    for (std::size_t y = 0; y < static_cast<std::size_t>(raster.height); ++y) {
        const std::uint8_t* in = bytes.data() + y * stride;
        std::uint8_t* out = raster.pixels.data() + y * samples;
        for (std::size_t i = 0; i < samples; ++i) {
            if (p.depth == 1) out[i] = (in[i / 8] >> (7 - i % 8) & 1) != 0 ? 0 : 255;  // lineart: 1 is black
            else if (p.depth == 16) out[i] = static_cast<std::uint8_t>(reinterpret_cast<const std::uint16_t*>(in)[i] >> 8);  // NOLINT
            else out[i] = in[i];
        }
    }
    return raster;
}

}  // namespace

std::vector<ScannerDevice> listScanners() {
    const SaneSession session;
    std::vector<ScannerDevice> found = devices();
    if (found.empty()) noScanner();
    return found;
}

std::vector<Raster> scanPages(const ScanRequest& request, const std::atomic<bool>* cancel) {
    const SaneSession session;
    std::string name = request.device;
    if (name.empty()) {
        const std::vector<ScannerDevice> found = devices();
        if (found.empty()) noScanner();
        name = found.front().name;
    }
    const Device device(name);
    configure(device.get(), request);
    const int wanted = request.pages > 0 ? request.pages : (feeding(device.get()) ? kMaxFeederSheets : 1);
    std::vector<Raster> pages;
    while (static_cast<int>(pages.size()) < wanted) {
        if (cancel != nullptr && cancel->load()) cancelled();
        const SANE_Status started = sane_start(device.get());
        // An empty feeder after at least one page ends the batch; before any, it is the clerk's to fix.
        if (started == SANE_STATUS_NO_DOCS && !pages.empty()) break;
        if (started != SANE_STATUS_GOOD) fail(started);
        SANE_Parameters parameters{};
        if (sane_get_parameters(device.get(), &parameters) != SANE_STATUS_GOOD) fail(SANE_STATUS_IO_ERROR);
        pages.push_back(toRaster(parameters, readFrame(device.get(), cancel), request.dpi));
    }
    return pages;
}

PaperPdf scanPaper(const ScanRequest& request, const PaperLimits& limits, const std::atomic<bool>* cancel) {
    if (request.pages > limits.maxPages)
        throw Error(ErrorCode::InvalidInput, "Một giấy tờ có tối đa " + std::to_string(limits.maxPages) + " trang.");
    const std::vector<Raster> pages = scanPages(request, cancel);
    if (static_cast<int>(pages.size()) > limits.maxPages)
        throw Error(ErrorCode::InvalidInput, "Khay nạp có hơn " + std::to_string(limits.maxPages) +
                                                 " trang: hãy quét thành nhiều lần.");
    PdfAssembler assembler;
    for (const Raster& page : pages) assembler.addRaster(page);
    PaperPdf paper{assembler.write(), assembler.pages()};
    if (static_cast<std::int64_t>(paper.pdf.size()) > limits.maxBytes)
        throw Error(ErrorCode::InvalidInput, "Bản quét lớn hơn giới hạn dung lượng của một giấy tờ: hãy quét ít trang hơn mỗi lần.");
    return paper;
}

}  // namespace motcua::scan
