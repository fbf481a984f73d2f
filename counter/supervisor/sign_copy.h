// "Ký số" on the apology slip (issue 15 item 2): the signed slip rendered as PDF, signed with the
// office's token (settings sign.*) and the PIN just typed, saved where exports go. Runs inside
// apply(), on the worker thread: the window keeps drawing while the token signs.
#pragma once

#include "counter/counter_state.h"
#include "service/desk.h"
#include "sign/sign.h"

#include <string>

namespace motcua::counter {

/// Signs the open slip's electronic copy; sets state.late.signing and the tab's message. The PIN
/// is wiped before returning; throws Error (sign::SignError) with the message to show.
void signApologyCopy(service::Desk& desk, CounterState& state, std::string pin);

/// The office's token and the signer's position (settings sign.*), the time now; throws
/// Error(InvalidInput) saying what to set when no PKCS#11 module is configured.
[[nodiscard]] sign::SignOptions officeSignOptions(service::Desk& desk);

/// The folder signed copies are saved in: the reports tab's folder, else the one remembered for
/// this account on this computer, else the working folder.
[[nodiscard]] std::string signedCopyFolder(const CounterState& state);

}  // namespace motcua::counter
