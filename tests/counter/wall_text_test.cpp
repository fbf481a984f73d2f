// Fitting names into the wall's boxes (wall_text.h) with a fake measure of one unit per character:
// wrapped at spaces, a long word cut between characters, the last line ellipsized, UTF-8 kept whole.
#include "counter/wall/text.h"

#include <catch2/catch.hpp>

using motcua::counter::fitLines;

namespace {

/// One unit per UTF-8 character.
float chars(std::string_view s)
{
    float n = 0;
    for (char c : s)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) n += 1;
    return n;
}

using Lines = std::vector<std::string>;

}  // namespace

TEST_CASE("wall text: a name that fits stays on one line", "[wall][text]")
{
    CHECK(fitLines("Tư pháp, Hộ tịch", 20, 2, chars) == Lines{"Tư pháp, Hộ tịch"});
    CHECK(fitLines("", 20, 2, chars).empty());
    CHECK(fitLines("  Hộ   tịch ", 20, 2, chars) == Lines{"Hộ tịch"});
}

TEST_CASE("wall text: a longer name wraps at spaces onto the second line", "[wall][text]")
{
    CHECK(fitLines("Tư pháp, Lao động – Xã hội", 16, 2, chars) == Lines{"Tư pháp, Lao", "động – Xã hội"});
}

TEST_CASE("wall text: what does not fit in the lines ends in an ellipsis within the width", "[wall][text]")
{
    const auto lines = fitLines("Cấp Giấy xác nhận tình trạng hôn nhân cho công dân", 14, 2, chars);
    REQUIRE(lines.size() == 2);
    CHECK(lines[0] == "Cấp Giấy xác");
    CHECK(lines[1] == "nhận tình…");  // cut after a whole word
    for (const auto& l : lines) CHECK(chars(l) <= 14);
    CHECK(fitLines("Đất đai – Xây dựng", 8, 1, chars) == Lines{"Đất đai…"});
}

TEST_CASE("wall text: a word wider than the line is cut between whole characters", "[wall][text]")
{
    CHECK(fitLines("000.00.20.H56-261110-0001", 10, 3, chars) == Lines{"000.00.20.", "H56-261110", "-0001"});
    const auto cut = fitLines("Nghĩa-Đoàn-Phường", 5, 2, chars);
    REQUIRE(cut.size() == 2);
    CHECK(cut[0] == "Nghĩa");
    CHECK(cut[1] == "-Đoà…");
    CHECK(fitLines("Đ", 0.5f, 1, chars) == Lines{"Đ"});  // never an empty line for lack of room
}
