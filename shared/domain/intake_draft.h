// A half-filled intake form, kept in the store per clerk so nothing typed is lost to a crash or
// an accidental close; offered back at the next login. Plain data; fields may still be invalid.
#pragma once

#include "domain/applicant.h"
#include "domain/date.h"
#include "domain/entities.h"
#include "domain/payment/intake_fees.h"

#include <optional>
#include <string>
#include <vector>

namespace motcua::domain {

struct IntakeDraft {
    std::string procedureCode;
    std::string applicantName;
    std::string idNumber;
    std::string phone;
    std::string address;
    Channel channel = Channel::Direct;
    std::string ticket;               ///< label of the ticket being served, if any
    ApplicantKind applicantKind = ApplicantKind::Person;
    std::string email;
    Representative representative;
    Collection collection = Collection::Counter;
    std::vector<PaperEntry> papers;  ///< one per paper of the procedure, in its order
    /// The fee lines as the clerk confirmed them so far (issue 16); unset: the catalog's (a draft
    /// saved before fees were confirmed on the form).
    std::optional<std::vector<IntakeFee>> fees;
    Instant savedAt = 0;

    /// Nothing typed yet: not worth keeping.
    [[nodiscard]] bool blank() const
    {
        return procedureCode.empty() && applicantName.empty() && idNumber.empty() && phone.empty() && address.empty() &&
               email.empty() && representative.empty();
    }
    friend bool operator==(const IntakeDraft&, const IntakeDraft&) = default;
};

}  // namespace motcua::domain
