# Precompiled headers: most of a Purser translation unit's compile time is spent parsing Qt's
# and the standard library's headers (about two thirds for a library file under the asan
# preset), so each library parses them once. Test executables are one file each, so they share
# one precompiled header per group of identical compile flags (REUSE_FROM); CMake builds those
# with -Winvalid-pch, so a test whose flags drift from its group's fails the -Werror build
# instead of silently compiling slowly. -DPURSER_PCH=OFF builds without them (to check that
# every file includes what it uses).
option(PURSER_PCH "Use precompiled headers" ON)

set(PURSER_PCH_CORE
    <algorithm> <functional> <memory> <optional> <vector>
    <QByteArray> <QString> <QStringList> <QList> <QHash> <QSet> <QVariant> <QDateTime>
    <QJsonArray> <QJsonDocument> <QJsonObject> <QJsonValue> <QObject> <QRegularExpression>
    <QCryptographicHash> <QLoggingCategory> <QUuid> <QFile> <QDir>)
set(PURSER_PCH_SQL <QSqlDatabase> <QSqlQuery> <QSqlError> <QSqlRecord>)
set(PURSER_PCH_NETWORK <QNetworkAccessManager> <QNetworkReply> <QNetworkRequest> <QSslConfiguration>
    <QUrl>)
set(PURSER_PCH_WIDGETS <QWidget> <QDialog> <QLabel> <QPushButton> <QLineEdit> <QComboBox>
    <QVBoxLayout> <QHBoxLayout> <QFormLayout> <QTableView> <QHeaderView> <QMessageBox>
    <QDialogButtonBox> <QLocale> <QTimer>)
set(PURSER_PCH_TEST <QTest> <QTemporaryDir> <QProcess> <QSignalSpy> <QEventLoop>)

# purser_precompile(target [SQL] [NETWORK] [WIDGETS] [TEST]): the header set for a target that
# links those Qt modules.
function(purser_precompile target)
    if(NOT PURSER_PCH)
        return()
    endif()
    cmake_parse_arguments(P "SQL;NETWORK;WIDGETS;TEST" "" "" ${ARGN})
    set(headers ${PURSER_PCH_CORE})
    foreach(part SQL NETWORK WIDGETS TEST)
        if(P_${part})
            list(APPEND headers ${PURSER_PCH_${part}})
        endif()
    endforeach()
    target_precompile_headers(${target} PRIVATE ${headers})
endfunction()

# Collects the targets a target links, transitively (generator expressions skipped: Purser's
# own link lines have none that change the Qt modules).
function(_purser_link_closure target out)
    set(seen "")
    set(queue ${target})
    while(queue)
        list(POP_FRONT queue item)
        if(item IN_LIST seen OR NOT TARGET ${item})
            continue()
        endif()
        list(APPEND seen ${item})
        get_target_property(aliased ${item} ALIASED_TARGET)
        if(aliased)
            list(APPEND queue ${aliased})
        endif()
        get_target_property(type ${item} TYPE)
        set(links "")
        if(NOT type STREQUAL "INTERFACE_LIBRARY")
            get_target_property(direct ${item} LINK_LIBRARIES)
            if(direct)
                list(APPEND links ${direct})
            endif()
        endif()
        get_target_property(iface ${item} INTERFACE_LINK_LIBRARIES)
        if(iface)
            list(APPEND links ${iface})
        endif()
        foreach(link IN LISTS links)
            string(REGEX REPLACE "^\\$<LINK_ONLY:(.*)>$" "\\1" link "${link}")
            if(NOT link MATCHES "\\$<")
                list(APPEND queue ${link})
            endif()
        endforeach()
    endwhile()
    set(${out} ${seen} PARENT_SCOPE)
endfunction()

# Gives every test executable registered so far (PURSER_PCH_TESTS) a precompiled header shared
# with the other tests that link the same Qt modules: the first of each group builds it.
function(purser_share_test_pch)
    if(NOT PURSER_PCH)
        return()
    endif()
    get_property(tests GLOBAL PROPERTY PURSER_PCH_TESTS)
    foreach(test IN LISTS tests)
        _purser_link_closure(${test} closure)
        list(FILTER closure INCLUDE REGEX "^Qt6::")
        list(SORT closure)
        string(MD5 group "${closure}")
        get_property(carrier GLOBAL PROPERTY PURSER_PCH_CARRIER_${group})
        if(carrier)
            target_precompile_headers(${test} REUSE_FROM ${carrier})
            continue()
        endif()
        set_property(GLOBAL PROPERTY PURSER_PCH_CARRIER_${group} ${test})
        set(parts TEST)
        if("Qt6::Sql" IN_LIST closure)
            list(APPEND parts SQL)
        endif()
        if("Qt6::Network" IN_LIST closure)
            list(APPEND parts NETWORK)
        endif()
        if("Qt6::Widgets" IN_LIST closure)
            list(APPEND parts WIDGETS)
        endif()
        purser_precompile(${test} ${parts})
    endforeach()
endfunction()
