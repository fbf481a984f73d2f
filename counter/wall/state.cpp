// Loading the wall's picture and keeping the flash timer across pictures.
#include "counter/wall/state.h"

namespace motcua::counter {

WallState loadWall(service::Desk& desk)
{
    WallState w;
    static_cast<service::WallPicture&>(w) = desk.wallPicture();
    return w;
}

void takeWall(WallState& state, WallState fresh, double seconds)
{
    const bool newCall = !fresh.calls.empty() &&
                         (state.calls.empty() || fresh.calls.front().at != state.calls.front().at ||
                          fresh.calls.front().label != state.calls.front().label);
    fresh.newestCallSeen = newCall && state.loaded ? seconds : state.newestCallSeen;
    fresh.seconds = seconds;
    state = std::move(fresh);
}

}  // namespace motcua::counter
