// Printer back ends: files, devices, raw TCP (port 9100), CUPS through lp.
#include "documents/printer.h"

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char** environ;

namespace motcua::documents {

namespace {

std::string errnoText(int e) { return std::strerror(e); }

/// Closes a descriptor on every path out.
class Fd {
public:
    explicit Fd(int fd = -1) : m_fd(fd) {}
    ~Fd()
    {
        if (m_fd >= 0) ::close(m_fd);
    }
    Fd(const Fd&) = delete;
    Fd& operator=(const Fd&) = delete;
    [[nodiscard]] int get() const { return m_fd; }
    /// Gives up ownership (the caller closes it).
    int release()
    {
        const int fd = m_fd;
        m_fd = -1;
        return fd;
    }
    void reset(int fd)
    {
        if (m_fd >= 0) ::close(m_fd);
        m_fd = fd;
    }

private:
    int m_fd;
};

/// Writes everything or throws; a stalled device or peer fails after timeoutMs instead of
/// hanging the kiosk.
void writeAll(int fd, std::string_view bytes, int timeoutMs, const std::string& where)
{
    std::size_t done = 0;
    while (done < bytes.size()) {
        const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
        if (n > 0) {
            done += static_cast<std::size_t>(n);
            continue;
        }
        if (n < 0 && errno == EINTR) continue;
        if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd p{fd, POLLOUT, 0};
            const int r = ::poll(&p, 1, timeoutMs);
            if (r == 0) throw PrintError("Máy in " + where + " không nhận dữ liệu (quá thời gian chờ); kiểm tra giấy, nắp và dây nối");
            if (r < 0 && errno != EINTR) throw PrintError("Lỗi khi gửi tới máy in " + where + ": " + errnoText(errno));
            continue;
        }
        throw PrintError("Lỗi khi gửi tới máy in " + where + ": " + errnoText(errno));
    }
}

std::string joinPath(const std::string& dir, const std::string& name)
{
    return dir.empty() || dir.back() == '/' ? dir + name : dir + "/" + name;
}

class DirPrinter : public Printer {
public:
    DirPrinter(std::string dir, Format format, PrinterOptions options)
        : m_dir(std::move(dir)), m_format(format), m_options(std::move(options)) {}
    std::string print(const Document& doc) override
    {
        struct stat st {};
        if (::stat(m_dir.c_str(), &st) != 0 || !S_ISDIR(st.st_mode))
            throw PrintError("Thư mục in " + m_dir + " không tồn tại");
        std::string path = joinPath(m_dir, doc.fileStem() + "." + formatExtension(m_format));
        const std::string bytes = m_format == Format::Png ? renderPng(doc, m_options.pngDpi) : renderPdf(doc);
        try {
            writeFileAtomically(path, bytes);
        } catch (const Error& e) {
            throw PrintError(e.what());
        }
        return path;
    }
    [[nodiscard]] std::string describe() const override { return std::string(formatExtension(m_format)) + ":" + m_dir; }

private:
    std::string m_dir;
    Format m_format;
    PrinterOptions m_options;
};

class DevicePrinter : public Printer {
public:
    DevicePrinter(std::string path, PrinterOptions options) : m_path(std::move(path)), m_options(std::move(options)) {}
    std::string print(const Document& doc) override
    {
        const std::string bytes = renderEscPos(doc, m_options.escpos);
        // A missing /dev node means the printer is unplugged: creating a file there instead
        // would swallow the ticket. Other paths are files (spools, tests) and are created.
        const bool device = m_path.rfind("/dev/", 0) == 0;
        const int flags = O_WRONLY | O_NONBLOCK | O_CLOEXEC | (device ? 0 : O_CREAT | O_TRUNC);
        Fd fd(::open(m_path.c_str(), flags, 0644));
        if (fd.get() < 0)
            throw PrintError("Không mở được máy in " + m_path + ": " + errnoText(errno) +
                             (device ? " (máy in đã bật và cắm dây chưa?)" : ""));
        writeAll(fd.get(), bytes, m_options.timeoutMs, m_path);
        // close() reports what a USB printer did with the last bytes; its error is not ignored.
        if (::close(fd.release()) != 0) throw PrintError("Lỗi khi gửi tới máy in " + m_path + ": " + errnoText(errno));
        return m_path;
    }
    [[nodiscard]] std::string describe() const override { return "escpos:" + m_path; }

private:
    std::string m_path;
    PrinterOptions m_options;
};

class TcpPrinter : public Printer {
public:
    TcpPrinter(std::string host, std::string port, PrinterOptions options)
        : m_host(std::move(host)), m_port(std::move(port)), m_options(std::move(options)) {}
    std::string print(const Document& doc) override
    {
        const std::string bytes = renderEscPos(doc, m_options.escpos);
        Fd fd(connectTo());
        writeAll(fd.get(), bytes, m_options.timeoutMs, where());
        // Half-close so the printer sees the end of the job before the socket goes away.
        ::shutdown(fd.get(), SHUT_WR);
        return where();
    }
    [[nodiscard]] std::string describe() const override { return "escpos-tcp:" + where(); }

private:
    [[nodiscard]] std::string where() const
    {
        return (m_host.find(':') != std::string::npos ? "[" + m_host + "]" : m_host) + ":" + m_port;
    }

    int connectTo() const
    {
        addrinfo hints{};
        hints.ai_family = AF_UNSPEC;
        hints.ai_socktype = SOCK_STREAM;
        addrinfo* list = nullptr;
        const int rc = ::getaddrinfo(m_host.c_str(), m_port.c_str(), &hints, &list);
        if (rc != 0) throw PrintError("Không tìm thấy máy in " + where() + ": " + gai_strerror(rc));
        std::string lastError = "không có địa chỉ";
        for (addrinfo* a = list; a; a = a->ai_next) {
            Fd fd(::socket(a->ai_family, a->ai_socktype | SOCK_NONBLOCK | SOCK_CLOEXEC, a->ai_protocol));
            if (fd.get() < 0) continue;
            if (::connect(fd.get(), a->ai_addr, a->ai_addrlen) != 0 && errno != EINPROGRESS) {
                lastError = errnoText(errno);
                continue;
            }
            pollfd p{fd.get(), POLLOUT, 0};
            const int r = ::poll(&p, 1, m_options.timeoutMs);
            int err = 0;
            socklen_t len = sizeof err;
            if (r == 1 && ::getsockopt(fd.get(), SOL_SOCKET, SO_ERROR, &err, &len) == 0 && err == 0) {
                ::freeaddrinfo(list);
                return fd.release();
            }
            lastError = r == 0 ? "quá thời gian chờ" : errnoText(err ? err : errno);
        }
        ::freeaddrinfo(list);
        throw PrintError("Không kết nối được máy in " + where() + ": " + lastError);
    }

    std::string m_host;
    std::string m_port;
    PrinterOptions m_options;
};

class CupsPrinter : public Printer {
public:
    CupsPrinter(std::string queue, PrinterOptions options) : m_queue(std::move(queue)), m_options(std::move(options)) {}
    std::string print(const Document& doc) override;
    [[nodiscard]] std::string describe() const override { return "cups:" + m_queue; }

private:
    std::string m_queue;
    PrinterOptions m_options;
};

/// Runs argv (no shell), returns its exit status and what it wrote on stdout and stderr.
int runCommand(const std::vector<std::string>& argv, std::string& output)
{
    int pipeFds[2];
    if (::pipe2(pipeFds, O_CLOEXEC) != 0) throw PrintError("Không tạo được ống dẫn cho lệnh in: " + errnoText(errno));
    Fd readEnd(pipeFds[0]);
    Fd writeEnd(pipeFds[1]);
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, writeEnd.get(), STDOUT_FILENO);
    posix_spawn_file_actions_adddup2(&actions, writeEnd.get(), STDERR_FILENO);
    posix_spawn_file_actions_addopen(&actions, STDIN_FILENO, "/dev/null", O_RDONLY, 0);
    std::vector<char*> args;
    args.reserve(argv.size() + 1);
    for (const auto& a : argv) args.push_back(const_cast<char*>(a.c_str()));
    args.push_back(nullptr);
    pid_t pid = 0;
    const int rc = ::posix_spawnp(&pid, argv[0].c_str(), &actions, nullptr, args.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    if (rc != 0) {
        throw PrintError("Không chạy được lệnh " + argv[0] + ": " + errnoText(rc) +
                         (rc == ENOENT ? " (cài gói cups-client)" : ""));
    }
    writeEnd.reset(-1);
    char buf[4096];
    for (;;) {
        const ssize_t n = ::read(readEnd.get(), buf, sizeof buf);
        if (n > 0) output.append(buf, static_cast<std::size_t>(n));
        else if (n < 0 && errno == EINTR) continue;
        else break;
    }
    int status = 0;
    while (::waitpid(pid, &status, 0) < 0)
        if (errno != EINTR) throw PrintError("Không chờ được lệnh in: " + errnoText(errno));
    if (WIFEXITED(status)) return WEXITSTATUS(status);
    return 128 + (WIFSIGNALED(status) ? WTERMSIG(status) : 0);
}

std::string trimmed(std::string s)
{
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ' || s.back() == '\r')) s.pop_back();
    return s;
}

std::string CupsPrinter::print(const Document& doc)
{
    const std::string pdf = renderPdf(doc);
    const char* tmpdir = std::getenv("TMPDIR");
    std::string path = std::string(tmpdir && *tmpdir ? tmpdir : "/tmp") + "/motcua-print-XXXXXX.pdf";
    Fd fd(::mkstemps(path.data(), 4));
    if (fd.get() < 0) throw PrintError("Không tạo được tệp tạm để in: " + errnoText(errno));
    struct Unlink {
        std::string p;
        ~Unlink() { ::unlink(p.c_str()); }
    } cleanup{path};
    writeAll(fd.get(), pdf, m_options.timeoutMs, path);
    fd.reset(-1);
    std::string output;
    const int status = runCommand({m_options.lpCommand, "-d", m_queue, "-t", doc.info().title, "--", path}, output);
    if (status != 0)
        throw PrintError("Hàng in CUPS " + m_queue + " từ chối (lp thoát mã " + std::to_string(status) + "): " + trimmed(output));
    return "cups:" + m_queue + (output.empty() ? "" : " — " + trimmed(output));
}

bool validQueue(std::string_view q)
{
    if (q.empty() || q.size() > 127 || q[0] == '-') return false;
    for (char c : q) {
        const bool ok = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_' ||
                        c == '-' || c == '.' || c == '@';
        if (!ok) return false;
    }
    return true;
}

Error badSpec(std::string_view spec, const std::string& why)
{
    return Error(ErrorCode::InvalidInput, "Máy in \"" + std::string(spec) + "\" không hợp lệ: " + why +
                                              ". Dùng pdf:THƯ_MỤC, png:THƯ_MỤC, escpos:/dev/usb/lp0, "
                                              "escpos-tcp:MÁY:9100, cups:HÀNG_IN hoặc none");
}

std::unique_ptr<Printer> tcpPrinter(std::string_view spec, std::string_view rest, const PrinterOptions& options)
{
    std::string host;
    std::string port = "9100";
    if (!rest.empty() && rest[0] == '[') {
        const auto close = rest.find(']');
        if (close == std::string_view::npos) throw badSpec(spec, "thiếu dấu ] của địa chỉ IPv6");
        host = rest.substr(1, close - 1);
        if (close + 1 < rest.size()) {
            if (rest[close + 1] != ':') throw badSpec(spec, "sau địa chỉ IPv6 phải là :CỔNG");
            port = rest.substr(close + 2);
        }
    } else if (const auto colon = rest.rfind(':'); colon != std::string_view::npos) {
        host = rest.substr(0, colon);
        port = rest.substr(colon + 1);
    } else {
        host = rest;
    }
    const bool digits = !port.empty() && port.size() <= 5 && port.find_first_not_of("0123456789") == std::string::npos;
    if (host.empty()) throw badSpec(spec, "thiếu tên máy hoặc địa chỉ IP");
    if (!digits || std::stoi(port) < 1 || std::stoi(port) > 65535) throw badSpec(spec, "cổng phải là số từ 1 đến 65535");
    return std::make_unique<TcpPrinter>(host, port, options);
}

}  // namespace

std::unique_ptr<Printer> openPrinter(std::string_view spec, const PrinterOptions& options)
{
    if (spec == "none") {
        struct NullPrinter : Printer {
            std::string print(const Document&) override { return "none"; }
            [[nodiscard]] std::string describe() const override { return "none"; }
        };
        return std::make_unique<NullPrinter>();
    }
    const auto colon = spec.find(':');
    if (colon == std::string_view::npos) throw badSpec(spec, "thiếu loại máy in trước dấu :");
    const auto kind = spec.substr(0, colon);
    const std::string rest(spec.substr(colon + 1));
    if (rest.empty()) throw badSpec(spec, "thiếu phần sau dấu :");
    if (kind == "pdf") return std::make_unique<DirPrinter>(rest, Format::Pdf, options);
    if (kind == "png") return std::make_unique<DirPrinter>(rest, Format::Png, options);
    if (kind == "escpos") return std::make_unique<DevicePrinter>(rest, options);
    if (kind == "escpos-tcp") return tcpPrinter(spec, rest, options);
    if (kind == "cups") {
        if (!validQueue(rest)) throw badSpec(spec, "tên hàng in chỉ gồm chữ, số, _ - . @");
        return std::make_unique<CupsPrinter>(rest, options);
    }
    throw badSpec(spec, "không biết loại \"" + std::string(kind) + "\"");
}

}  // namespace motcua::documents
