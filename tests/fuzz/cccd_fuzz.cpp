// libFuzzer target for the CCCD QR parser: any bytes either parse or throw motcua::Error.
// Built by tests/fuzz/CMakeLists.txt (clang + libFuzzer).
#include "domain/cccd_qr.h"
#include "domain/error.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    try {
        (void)motcua::domain::parseCccdQr(std::string_view(reinterpret_cast<const char*>(data), size));
    } catch (const motcua::Error&) {
    }
    return 0;
}
