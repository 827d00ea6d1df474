#pragma once

#include "server/store/StoreError.h"

namespace purser::server {

// The database cannot be reached: a connection could not be opened (the server is down or
// restarting). DatabaseRetry answers it 503 with Retry-After, never 500.
class DatabaseUnavailable : public StoreError
{
public:
    using StoreError::StoreError;
};

} // namespace purser::server
