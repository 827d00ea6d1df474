#include "net/ApiError.h"

namespace purser {

ApiError ApiError::http(int status, const QString& code, const QString& message)
{
    ApiError e;
    e.kind = Kind::Http;
    e.status = status;
    e.code = code;
    e.message = message;
    return e;
}

ApiError ApiError::of(Kind kind, const QString& message)
{
    ApiError e;
    e.kind = kind;
    e.message = message;
    return e;
}

} // namespace purser
