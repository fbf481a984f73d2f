// motcua-sign-bench: milliseconds per PAdES signature of a PDF on a PKCS#11 token (issue 15's
// measure: a 2-page slip on SoftHSM2). Each run is what `motcua sign` does — load the module, log
// in, sign on the token, write the incremental update — so the figure is what a clerk waits.
// Prints JSON figures; not a test.
//   MOTCUA_PIN=… motcua-sign-bench --in SLIP.pdf --pkcs11-module PATH [--token LABEL] [--runs 20]
#include "sign/sign.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstring>
#include <fstream>
#include <iostream>
#include <sstream>
#include <vector>

namespace {

std::string option(int argc, char** argv, const char* name, const char* fallback)
{
    for (int i = 1; i + 1 < argc; ++i)
        if (std::strcmp(argv[i], name) == 0) return argv[i + 1];
    return fallback;
}

}  // namespace

int main(int argc, char** argv)
{
    using namespace motcua;
    const std::string in = option(argc, argv, "--in", "");
    const char* pin = std::getenv("MOTCUA_PIN");
    motcua::sign::SignOptions o;
    o.token.modulePath = option(argc, argv, "--pkcs11-module", "");
    o.token.tokenLabel = option(argc, argv, "--token", "");
    o.position = "Chủ tịch UBND xã";
    const int runs = std::max(1, std::atoi(option(argc, argv, "--runs", "20").c_str()));
    std::ifstream file(in, std::ios::binary);
    if (in.empty() || o.token.modulePath.empty() || !pin || !file) {
        std::cerr << "Cách dùng: MOTCUA_PIN=… motcua-sign-bench --in TỆP.pdf --pkcs11-module THƯ_VIỆN [--token NHÃN] [--runs 20]\n";
        return 2;
    }
    std::ostringstream bytes;
    bytes << file.rdbuf();
    const std::string pdf = bytes.str();
    std::vector<double> ms;
    std::size_t signedBytes = 0;
    try {
        for (int i = 0; i < runs; ++i) {
            o.signedAt = 1'795'000'000 + i;
            const auto t0 = std::chrono::steady_clock::now();
            const auto s = motcua::sign::signPdf(pdf, o, pin);
            ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count());
            signedBytes = s.pdf.size();
        }
    } catch (const std::exception& e) {
        std::cerr << "motcua-sign-bench: " << e.what() << "\n";
        return 1;
    }
    std::sort(ms.begin(), ms.end());
    const double median = ms.size() % 2 ? ms[ms.size() / 2] : (ms[ms.size() / 2 - 1] + ms[ms.size() / 2]) / 2;
    const nlohmann::json j = {{"runs", runs},        {"input_bytes", pdf.size()}, {"signed_bytes", signedBytes},
                              {"ms_median", median}, {"ms_min", ms.front()},      {"ms_max", ms.back()}};
    std::cout << j.dump(2) << "\n";
    return 0;
}
