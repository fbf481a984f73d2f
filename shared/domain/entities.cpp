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

std::string Apology::numberText() const
{
    return number ? std::to_string(*number) + "/PXL" : std::string();
}

}  // namespace motcua::domain
