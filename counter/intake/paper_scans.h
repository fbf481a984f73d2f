// The intake checklist's scans (issue 15): per paper a "Quét" (the scanner through SANE, on the
// worker thread behind the busy badge) and "Thêm tệp" (paths typed or files dropped on the
// window), thumbnails, the scan opened large, and the paper ticked once it has a scan.
#pragma once

#include "counter/counter_state.h"
#include "scan/limits.h"
#include "scan/paper_pdf.h"

#include <string>
#include <vector>

namespace motcua::counter {

/// Under paper line `index` of the checklist: its buttons, its thumbnails, the path field.
void drawPaperScan(CounterState& s, Commands& commands, int index);
/// The large view of a paper's scan (a modal window) when one is open.
void drawScanViewer(CounterState& s);
/// Files dropped on the window: a command for the paper whose "Thêm tệp" is open, else a hint.
void filesDropped(CounterState& s, Commands& commands, const std::vector<std::string>& paths);

/// The one PDF a scanner command (ScanPaper, ScanResult) or a files command (AddPaperFiles,
/// AddResultFiles: c.text the paths, one a line) makes; `source` says from what. Throws Error
/// (Vietnamese, the file named by its position) for a refused file or a scanner fault.
[[nodiscard]] scan::PaperPdf digitise(const Command& c, const scan::PaperLimits& limits, std::string& source);
/// Applies ScanPaper, AddPaperFiles and RemovePaperScan (on the worker thread). A refusal sets
/// intake.scanMessage and changes nothing else.
void applyPaperScan(CounterState& s, const Command& c, const scan::PaperLimits& limits);

}  // namespace motcua::counter
