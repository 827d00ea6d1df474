# Warnings and hardening for every Purser target (KeePassXC-style: strict by default,
# warnings become errors when PURSER_WERROR is on, as it is in CI).
option(PURSER_WERROR "Treat compiler warnings as errors" OFF)
option(PURSER_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer" OFF)

add_library(purser_flags INTERFACE)
if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    target_compile_options(purser_flags INTERFACE
        -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
        -Woverloaded-virtual -Wformat=2 -Wimplicit-fallthrough
        -fstack-protector-strong -fno-strict-overflow)
    if(NOT PURSER_SANITIZE AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
        target_compile_definitions(purser_flags INTERFACE _FORTIFY_SOURCE=2)
    endif()
    if(PURSER_WERROR)
        target_compile_options(purser_flags INTERFACE -Werror)
    endif()
    if(CMAKE_UNITY_BUILD AND CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
        # In a unity batch every .cpp is an included file, so GCC takes a class with a member
        # of an anonymous-namespace type (a coroutine frame, a test fixture) for a header's
        # mistake. Each file still compiles alone without it (the debug preset).
        target_compile_options(purser_flags INTERFACE -Wno-subobject-linkage)
    endif()
    if(PURSER_SANITIZE)
        target_compile_options(purser_flags INTERFACE
            -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
        target_link_options(purser_flags INTERFACE -fsanitize=address,undefined)
    endif()
    if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
        target_link_options(purser_flags INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,-z,noexecstack)
    endif()
elseif(MSVC)
    target_compile_options(purser_flags INTERFACE /W4 /permissive- /guard:cf)
    if(PURSER_WERROR)
        target_compile_options(purser_flags INTERFACE /WX)
    endif()
endif()
# Qt: no implicit string conversions, no deprecated API past the floor we support (Qt 6.4).
target_compile_definitions(purser_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_UP_TO=0x060400)
