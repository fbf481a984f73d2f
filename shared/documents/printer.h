// Printer back ends (DESIGN.md §5): pdf:DIR, png:DIR, escpos:/dev/… (a device or any file),
// escpos-tcp:HOST:PORT, cups:QUEUE (through `lp`), none. A print either succeeds or throws a
// PrintError saying what went wrong; nothing is retried or dropped silently, so the kiosk can
// void a ticket that did not print and the counter can offer a retry.
#pragma once

#include "documents/document.h"
#include "domain/error.h"

#include <memory>
#include <string>
#include <string_view>

namespace motcua::documents {

/// The printer could not take the document (offline, refused, not writable, timed out).
class PrintError : public Error {
public:
    explicit PrintError(const std::string& message) : Error(ErrorCode::Internal, message) {}
};

struct PrinterOptions {
    EscPosOptions escpos;
    double pngDpi = 150;
    int timeoutMs = 10000;              ///< connect and write, for devices and sockets
    std::string lpCommand = "lp";       ///< CUPS client, looked up in PATH
};

class Printer {
public:
    virtual ~Printer() = default;
    /// Sends the document; returns where it went (a file path, "host:port", lp's answer).
    virtual std::string print(const Document& doc) = 0;
    /// The spec it was opened with, for messages and logs.
    [[nodiscard]] virtual std::string describe() const = 0;
};

/// Parses the spec; throws Error(InvalidInput) for a malformed one. Opening checks nothing on
/// the device: a printer can come and go between opening and printing.
[[nodiscard]] std::unique_ptr<Printer> openPrinter(std::string_view spec, const PrinterOptions& options = {});

}  // namespace motcua::documents
