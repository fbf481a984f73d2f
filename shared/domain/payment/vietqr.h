// VietQR (NAPAS 247 inter-bank transfer to an account): the EMVCo merchant-presented QR payload a
// Vietnamese banking app reads — GUID A000000727, the bank's BIN and account, service QRIBFTTA,
// currency 704, the exact amount, the transfer note, CRC-16/CCITT (issue 16).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace motcua::domain {

/// The office's account that receives the fees (settings payment.bank_bin, payment.account,
/// payment.account_name).
struct BankAccount {
    std::string bankBin;      ///< 6 digits from the NAPAS member list (napasBanks)
    std::string account;      ///< the account number
    std::string accountName;  ///< as the bank holds it (upper-case, without diacritics)
};

struct NapasBank {
    std::string bin;
    std::string shortName;
    std::string name;
};

/// The NAPAS member banks shipped in assets/banks/napas-bins.csv (compiled in).
[[nodiscard]] const std::vector<NapasBank>& napasBanks();
/// nullptr for a BIN not in the list.
[[nodiscard]] const NapasBank* findNapasBank(std::string_view bin);

/// Setting validators: the value normalised, or Error(InvalidInput) saying what is expected.
[[nodiscard]] std::string validateBankBin(std::string_view bin);
[[nodiscard]] std::string validateBankAccount(std::string_view account);
[[nodiscard]] std::string validateAccountName(std::string_view name);

/// CRC-16/CCITT-FALSE (polynomial 0x1021, initial value 0xFFFF), as EMVCo field 63 uses it.
[[nodiscard]] std::uint16_t crc16Ccitt(std::string_view bytes);

/// The transfer note banking apps accept: ASCII letters, digits, spaces, '-' and '.', at most 25
/// characters (Vietnamese letters lose their marks: "Lệ phí" → "Le phi").
[[nodiscard]] std::string transferNote(std::string_view text);

/// The payload for `amountVnd` (1 … 9 999 999 999 999 đồng) to `to`, with `note` (transferNote)
/// as the purpose. Throws Error(InvalidInput) for an invalid account or amount.
[[nodiscard]] std::string vietQrPayload(const BankAccount& to, std::int64_t amountVnd, std::string_view note);

/// One EMVCo data object: two-digit id, value.
struct EmvField {
    std::string id;
    std::string value;
};

/// Splits an EMVCo ID-length-value string; Error(InvalidInput) for a malformed one.
[[nodiscard]] std::vector<EmvField> parseEmv(std::string_view payload);

}  // namespace motcua::domain
