#include "domain/entities.h"

namespace motcua::domain {

const char* channelName(Channel c)
{
    switch (c) {
    case Channel::Direct: return "direct";
    case Channel::Online: return "online";
    case Channel::Postal: return "postal";
    }
    return "direct";
}

const char* channelLabel(Channel c)
{
    switch (c) {
    case Channel::Direct: return "Trực tiếp";
    case Channel::Online: return "Trực tuyến";
    case Channel::Postal: return "Bưu chính công ích";
    }
    return "";
}

std::optional<Channel> parseChannel(std::string_view name)
{
    for (auto c : {Channel::Direct, Channel::Online, Channel::Postal})
        if (name == channelName(c)) return c;
    return std::nullopt;
}

const char* apologyStatusName(ApologyStatus s)
{
    switch (s) {
    case ApologyStatus::Draft: return "draft";
    case ApologyStatus::Signed: return "signed";
    case ApologyStatus::Void: return "void";
    }
    return "draft";
}

std::optional<ApologyStatus> parseApologyStatus(std::string_view name)
{
    for (auto s : {ApologyStatus::Draft, ApologyStatus::Signed, ApologyStatus::Void})
        if (name == apologyStatusName(s)) return s;
    return std::nullopt;
}

const char* ratingName(Rating r)
{
    switch (r) {
    case Rating::VerySatisfied: return "very_satisfied";
    case Rating::Satisfied: return "satisfied";
    case Rating::Dissatisfied: return "dissatisfied";
    }
    return "satisfied";
}

const char* ratingLabel(Rating r)
{
    switch (r) {
    case Rating::VerySatisfied: return "Rất hài lòng";
    case Rating::Satisfied: return "Hài lòng";
    case Rating::Dissatisfied: return "Không hài lòng";
    }
    return "";
}

std::optional<Rating> parseRating(std::string_view name)
{
    for (auto r : {Rating::VerySatisfied, Rating::Satisfied, Rating::Dissatisfied})
        if (name == ratingName(r)) return r;
    return std::nullopt;
}

std::string Apology::numberText() const
{
    return number ? std::to_string(*number) + "/PXL" : std::string();
}

}  // namespace motcua::domain
