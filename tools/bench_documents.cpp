// `motcua bench documents`: render + encode figures for the documents layer, as JSON (DESIGN.md
// §8: benchmarks are programs that print figures, not timed tests).
#include "cli.h"
#include "cli_output.h"

#include "documents/slips.h"
#include "domain/dossier_code.h"
#include "documents/ticket.h"

#include <algorithm>
#include <chrono>
#include <ctime>

namespace motcua::cli {

void addDocumentBenchCommands(std::vector<Command>& commands);

namespace {

using Clock = std::chrono::steady_clock;

double msSince(Clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
}

/// CPU time of this thread: on a machine shared with other work, the figure that compares.
double threadCpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) * 1e3 + static_cast<double>(ts.tv_nsec) / 1e6;
}

double percentile(std::vector<double> v, double p)
{
    std::sort(v.begin(), v.end());
    const auto i = static_cast<std::size_t>(std::min(static_cast<double>(v.size() - 1), p * static_cast<double>(v.size() - 1) + 0.5));
    return v[i];
}

documents::SlipContext benchContext(domain::Instant now)
{
    documents::SlipContext ctx;
    ctx.office = {"000.00.20.H56", "Trung tâm Phục vụ hành chính công xã Hà Tân", "Ủy ban nhân dân xã Hà Tân", "Hà Tân", "", "", ""};
    ctx.issuedAt = now;
    return ctx;
}

std::vector<documents::LedgerRow> benchRows(int n, domain::Instant start)
{
    static const char* kNames[] = {"Nguyễn Văn An", "Trần Thị Bích Ngọc", "Lê Hoàng Minh", "Phạm Thị Thu Hà", "Đặng Quốc Bảo"};
    static const char* kProcedures[] = {"Đăng ký khai sinh", "Đăng ký kết hôn",
                                        "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan, tổ chức có thẩm quyền của Việt Nam cấp hoặc chứng nhận",
                                        "Xác định, xác định lại mức độ khuyết tật và cấp Giấy xác nhận khuyết tật"};
    std::vector<documents::LedgerRow> rows;
    for (int i = 0; i < n; ++i) {
        documents::LedgerRow r;
        r.line = i + 1;
        auto& d = r.dossier;
        d.receivedAt = start + static_cast<domain::Instant>(i) * 1800;
        d.code = domain::makeDossierCode("000.00.20.H56", domain::localDate(d.receivedAt), i % 9999 + 1);
        d.procedureName = kProcedures[i % 4];
        d.applicantName = kNames[i % 5];
        d.dueAt = d.receivedAt + 3 * domain::kSecondsPerDay;
        if (i % 3 == 0) d.returnedAt = d.dueAt - 3600;
        d.channel = i % 7 == 0 ? domain::Channel::Postal : domain::Channel::Direct;
        r.leadUnit = "Công chức Tư pháp - Hộ tịch (UBND xã)";
        rows.push_back(std::move(r));
    }
    return rows;
}

/// Issue 16's figure: the A5 receipt (PDF) and the 58 mm strip, without a fee and with a fee owed
/// and its VietQR; median ms over `runs`.
Json receiptFigures(domain::Instant now, int runs)
{
    auto ctx = benchContext(now);
    domain::Procedure p;
    p.code = "1.000689";
    p.name = "Đăng ký khai sinh kết hợp đăng ký nhận cha, mẹ, con";
    p.days = 3;
    p.feeVnd = 15000;
    domain::DossierDetail detail;
    auto& d = detail.dossier;
    d.code = domain::makeDossierCode("000.00.20.H56", domain::localDate(now), 3);
    d.procedureCode = p.code;
    d.procedureName = p.name;
    d.applicantName = "Trần Thị Bình";
    d.idNumber = "038095001234";
    d.receivedAt = now;
    d.dueAt = d.originalDueAt = now + 3 * domain::kSecondsPerDay;
    struct Times {
        double wall = 0;
        double cpu = 0;
    };
    const auto time = [&](documents::Paper paper) {
        std::vector<double> wall;
        std::vector<double> cpu;
        for (int i = 0; i < runs; ++i) {
            const auto t0 = Clock::now();
            const double c0 = threadCpuMs();
            const auto doc = documents::renderReceipt(ctx, detail, p, documents::LedgerPosition{2026, 11}, paper);
            if (documents::isThermal(paper)) (void)documents::renderEscPos(doc);
            else (void)documents::renderPdf(doc);
            wall.push_back(msSince(t0));
            cpu.push_back(threadCpuMs() - c0);
        }
        return Times{percentile(wall, 0.5), percentile(cpu, 0.5)};
    };
    const auto a5 = time(documents::Paper::A5), strip = time(documents::Paper::Mm58);
    detail.fees = domain::catalogFeeLines(p);
    ctx.payment = {"970415", "113366668888", "UBND XA HA TAN"};
    const auto a5Qr = time(documents::Paper::A5), stripQr = time(documents::Paper::Mm58);
    return {{"runs", runs},
            {"a5_pdf_median_ms", a5.wall},
            {"a5_pdf_with_vietqr_median_ms", a5Qr.wall},
            {"a5_vietqr_extra_percent", (a5Qr.wall / a5.wall - 1) * 100},
            {"a5_pdf_cpu_median_ms", a5.cpu},
            {"a5_pdf_with_vietqr_cpu_median_ms", a5Qr.cpu},
            {"a5_vietqr_extra_cpu_percent", (a5Qr.cpu / a5.cpu - 1) * 100},
            {"58mm_escpos_median_ms", strip.wall},
            {"58mm_escpos_with_vietqr_median_ms", stripQr.wall}};
}

int cmdBench(Context& c)
{
    const int iterations = static_cast<int>(c.args.getInt("--iterations", 5, 100000).value_or(200));
    const domain::Instant now = c.now;
    documents::TicketData t;
    t.officeParent = "Ủy ban nhân dân xã Hà Tân";
    t.officeName = "Trung tâm Phục vụ hành chính công xã Hà Tân";
    t.officeCode = "000.00.20.H56";
    t.label = "A023";
    t.groupCode = "HT";
    t.groupName = "Tư pháp – Hộ tịch – Chứng thực";
    t.counters = {1, 2};
    t.ahead = 7;
    t.waitMinutes = 35;
    t.issuedAt = now;

    std::vector<double> times;
    std::size_t escposBytes = 0;
    (void)documents::renderEscPos(documents::renderTicket(t, documents::Paper::Mm80));  // fonts, caches
    for (int i = 0; i < iterations; ++i) {
        const auto t0 = Clock::now();
        const auto bytes = documents::renderEscPos(documents::renderTicket(t, documents::Paper::Mm80));
        times.push_back(msSince(t0));
        escposBytes = bytes.size();
    }

    const auto ctx = benchContext(now);
    const auto rows = benchRows(200, now - 60 * domain::kSecondsPerDay);
    const auto date = domain::localDate(now);
    std::vector<double> ledgerTimes;
    std::size_t pdfBytes = 0;
    int pages = 0;
    for (int i = 0; i < 5; ++i) {
        const auto t0 = Clock::now();
        const auto doc = documents::renderLedger(ctx, rows, date.addDays(-60), date, date.year);
        const auto pdf = documents::renderPdf(doc);
        ledgerTimes.push_back(msSince(t0));
        pdfBytes = pdf.size();
        pages = doc.pageCount();
    }
    printJson(c.out, {{"ticket_80mm_render_escpos",
                       {{"iterations", iterations},
                        {"median_ms", percentile(times, 0.5)},
                        {"p99_ms", percentile(times, 0.99)},
                        {"escpos_bytes", escposBytes}}},
                      {"ledger_200_rows_pdf",
                       {{"runs", 5}, {"median_ms", percentile(ledgerTimes, 0.5)}, {"bytes", pdfBytes}, {"pages", pages}}},
                      {"receipt", receiptFigures(now, 20)}});
    return kOk;
}

}  // namespace

void addDocumentBenchCommands(std::vector<Command>& commands)
{
    commands.push_back({"bench documents", "đo thời gian vẽ vé 80 mm + ESC/POS và sổ theo dõi 200 dòng (JSON)",
                        {{"--iterations", true, "số lần vẽ vé (mặc định 200)"}}, cmdBench});
}

}  // namespace motcua::cli
