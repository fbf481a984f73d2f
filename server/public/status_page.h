// The citizen's status page (/tra-cuu, issue 14 item 5): phone-sized Vietnamese HTML, rendered on
// the host. The public view only (no ID number, phone, address or staff name), and an answer for
// "not found" that never repeats what was typed — an unknown code and a wrong check code get the
// same bytes, so codes cannot be probed.
#pragma once

#include "domain/entities.h"

#include <string>
#include <string_view>

namespace motcua::server {

/// Text made safe inside HTML elements and quoted attributes.
[[nodiscard]] std::string escapeHtml(std::string_view text);

/// The empty form.
[[nodiscard]] std::string statusFormPage();
/// The dossier's public view, with the form below it for another look-up.
[[nodiscard]] std::string statusViewPage(const domain::PublicDossierView& view);
/// Unknown dossier, wrong check code or a malformed code: one page for all.
[[nodiscard]] std::string statusNotFoundPage();
/// Over the per-address limit (429).
[[nodiscard]] std::string statusTooManyPage();
/// The store could not answer (503).
[[nodiscard]] std::string statusUnavailablePage();
/// Any other address on the public port (404).
[[nodiscard]] std::string notFoundPage();

}  // namespace motcua::server
