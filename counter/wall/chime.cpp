// Synthesis of the wall's chime: each tone a sine with a little of its octave, a 5 ms attack and
// an exponential decay (a bell, not a beep), written as a canonical 44-byte-header WAV.
#include "counter/wall/chime.h"

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <numbers>
#include <vector>

namespace motcua::counter {

namespace {

void put16(std::string& out, std::uint16_t v)
{
    out += static_cast<char>(v & 0xFF);
    out += static_cast<char>((v >> 8) & 0xFF);
}

void put32(std::string& out, std::uint32_t v)
{
    put16(out, static_cast<std::uint16_t>(v & 0xFFFF));
    put16(out, static_cast<std::uint16_t>(v >> 16));
}

void addTone(std::vector<double>& samples, double hz, double seconds, int rate)
{
    const auto n = static_cast<std::size_t>(seconds * rate);
    for (std::size_t i = 0; i < n; ++i) {
        const double t = static_cast<double>(i) / rate;
        const double attack = std::min(1.0, t / 0.005);
        const double release = std::min(1.0, (seconds - t) / 0.02);  // no click at the end
        const double envelope = attack * release * std::exp(-t * 5.0);
        const double wave = std::sin(2 * std::numbers::pi * hz * t) + 0.25 * std::sin(4 * std::numbers::pi * hz * t);
        samples.push_back(0.45 * envelope * wave / 1.25);
    }
}

}  // namespace

std::string chimeWav(int sampleRate)
{
    std::vector<double> samples;
    addTone(samples, kChimeHighHz, kChimeToneSeconds, sampleRate);
    addTone(samples, kChimeLowHz, kChimeToneSeconds, sampleRate);
    const auto dataBytes = static_cast<std::uint32_t>(samples.size() * 2);
    std::string wav = "RIFF";
    put32(wav, 36 + dataBytes);
    wav += "WAVEfmt ";
    put32(wav, 16);                                          // PCM format chunk size
    put16(wav, 1);                                           // PCM
    put16(wav, 1);                                           // mono
    put32(wav, static_cast<std::uint32_t>(sampleRate));
    put32(wav, static_cast<std::uint32_t>(sampleRate) * 2);  // bytes per second
    put16(wav, 2);                                           // bytes per frame
    put16(wav, 16);                                          // bits per sample
    wav += "data";
    put32(wav, dataBytes);
    for (double s : samples) {
        const long v = std::lround(std::clamp(s, -1.0, 1.0) * 32767.0);
        put16(wav, static_cast<std::uint16_t>(static_cast<std::int16_t>(v)));
    }
    return wav;
}

}  // namespace motcua::counter
