#include "server/auth/ServerClock.h"

namespace purser::server::ServerClock {

qint64 offsetSeconds()
{
    static const qint64 offset = qEnvironmentVariableIntValue("PURSER_TEST_CLOCK_OFFSET_SECONDS");
    return offset;
}

QDateTime now()
{
    return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds());
}

qint64 nowSecs()
{
    return QDateTime::currentSecsSinceEpoch() + offsetSeconds();
}

} // namespace purser::server::ServerClock
