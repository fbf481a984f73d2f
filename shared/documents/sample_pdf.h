// Small made-up PDFs for demo data, tests and benchmarks of the digital dossier (issue 15): a
// titled A4 page per page number, drawn with cairo — never a real person's papers.
#pragma once

#include <string>

namespace motcua::documents {

/// An A4 PDF of `pages` pages, each headed `title` and "Trang i/n", marked as sample data.
[[nodiscard]] std::string samplePaperPdf(const std::string& title, int pages);

}  // namespace motcua::documents
