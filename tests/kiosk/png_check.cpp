// Reads a kiosk screenshot back (stb_image) and checks it: the expected size, and not blank —
// enough distinct colours and dark text pixels that a screen was really drawn.
// Usage: kiosk_png_check FILE WIDTH HEIGHT
#include <stb_image.h>

#include <cstdio>
#include <cstdlib>
#include <set>

int main(int argc, char** argv)
{
    if (argc != 4) {
        std::fprintf(stderr, "usage: kiosk_png_check FILE WIDTH HEIGHT\n");
        return 2;
    }
    int w = 0, h = 0, n = 0;
    unsigned char* px = stbi_load(argv[1], &w, &h, &n, 3);
    if (!px) {
        std::fprintf(stderr, "%s: not a readable PNG\n", argv[1]);
        return 1;
    }
    const int wantW = std::atoi(argv[2]), wantH = std::atoi(argv[3]);
    std::set<unsigned> colours;
    long dark = 0;
    const long count = static_cast<long>(w) * h;
    for (long i = 0; i < count; i += 7) {
        const unsigned char* p = px + i * 3;
        colours.insert((unsigned{p[0]} << 16) | (unsigned{p[1]} << 8) | p[2]);
        if (p[0] + p[1] + p[2] < 200) ++dark;
    }
    stbi_image_free(px);
    int status = 0;
    if (w != wantW || h != wantH) {
        std::fprintf(stderr, "%s: %dx%d, expected %dx%d\n", argv[1], w, h, wantW, wantH);
        status = 1;
    }
    if (colours.size() < 16 || dark < 100) {
        std::fprintf(stderr, "%s: looks blank (%zu colours, %ld dark samples)\n", argv[1], colours.size(), dark);
        status = 1;
    }
    if (status == 0) std::printf("%s: %dx%d, %zu colours, %ld dark samples\n", argv[1], w, h, colours.size(), dark);
    return status;
}
