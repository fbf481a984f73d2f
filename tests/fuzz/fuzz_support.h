// Shared by the libFuzzer targets: the input as text, and the rule every parser must keep —
// any bytes either parse or throw motcua::Error (nothing else, no crash, no hang).
#pragma once

#include "domain/error.h"

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace motcua::fuzz {

inline std::string_view asText(const std::uint8_t* data, std::size_t size)
{
    return {reinterpret_cast<const char*>(data), size};
}

template <class F>
void expectParseOrError(F&& parse)
{
    try {
        parse();
    } catch (const Error&) {
    }
}

}  // namespace motcua::fuzz
