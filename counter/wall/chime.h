// The chime the wall plays before each spoken call: two soft tones, high then low ("ding–dong"),
// made in code as a WAV file so no sound asset has to be shipped or downloaded.
#pragma once

#include <string>

namespace motcua::counter {

/// Frequencies of the two tones (E5 then C5) and the length of each, in seconds.
inline constexpr double kChimeHighHz = 659.25;
inline constexpr double kChimeLowHz = 523.25;
inline constexpr double kChimeToneSeconds = 0.45;

/// The chime as the bytes of a 16-bit mono PCM WAV file at `sampleRate` (espeak-ng's own rate by
/// default, so both go to the sound card the same way).
[[nodiscard]] std::string chimeWav(int sampleRate = 22050);

}  // namespace motcua::counter
