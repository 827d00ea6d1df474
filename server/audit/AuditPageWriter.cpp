#include "server/audit/AuditPageWriter.h"

#include "core/JsonText.h"
#include "core/Rfc3339.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariant>

namespace purser::server {
namespace {

// A validating scan of the JSON subset that QJsonDocument writes back byte for byte.
class StableJsonScan
{
public:
    explicit StableJsonScan(const QByteArray& json)
        : m_p(json.constData()), m_end(json.constData() + json.size())
    {
    }

    bool wholeObject() { return m_p < m_end && *m_p == '{' && object(0) && m_p == m_end; }

private:
    static constexpr int kMaxDepth = 32;

    bool value(int depth)
    {
        if (m_p == m_end || depth > kMaxDepth) {
            return false;
        }
        switch (*m_p) {
        case '{':
            return object(depth + 1);
        case '[':
            return array(depth + 1);
        case '"':
            return string(nullptr);
        case 't':
            return literal("true");
        case 'f':
            return literal("false");
        case 'n':
            return literal("null");
        default:
            return integer();
        }
    }

    bool object(int depth)
    {
        ++m_p; // '{'
        if (m_p < m_end && *m_p == '}') {
            ++m_p;
            return true;
        }
        QByteArrayView previous;
        bool first = true;
        while (true) {
            QByteArrayView key;
            if (m_p == m_end || *m_p != '"' || !string(&key)) {
                return false;
            }
            // QJsonObject keeps its keys sorted and unique; ASCII sorts the same everywhere.
            if (!first && !(previous < key)) {
                return false;
            }
            first = false;
            previous = key;
            if (m_p == m_end || *m_p++ != ':' || !value(depth)) {
                return false;
            }
            if (m_p == m_end) {
                return false;
            }
            const char next = *m_p++;
            if (next == '}') {
                return true;
            }
            if (next != ',') {
                return false;
            }
        }
    }

    bool array(int depth)
    {
        ++m_p; // '['
        if (m_p < m_end && *m_p == ']') {
            ++m_p;
            return true;
        }
        while (true) {
            if (!value(depth) || m_p == m_end) {
                return false;
            }
            const char next = *m_p++;
            if (next == ']') {
                return true;
            }
            if (next != ',') {
                return false;
            }
        }
    }

    // A key (when `key` is set: plain printable ASCII only) or a string value.
    bool string(QByteArrayView* key)
    {
        const char* start = ++m_p; // '"'
        while (m_p < m_end) {
            const auto c = static_cast<unsigned char>(*m_p);
            if (c == '"') {
                if (key) {
                    *key = QByteArrayView(start, m_p - start);
                }
                ++m_p;
                return true;
            }
            if (c < 0x20) {
                return false;
            }
            if (c == '\\') {
                if (key || !escape()) {
                    return false;
                }
            } else if (c >= 0x80) {
                if (key || !utf8Sequence()) {
                    return false;
                }
            } else {
                ++m_p;
            }
        }
        return false;
    }

    // Only the escapes Qt writes: \" \\ \b \f \n \r \t, and \u00xx (lowercase) for the other
    // control characters.
    bool escape()
    {
        if (m_end - m_p < 2) {
            return false;
        }
        const char c = m_p[1];
        if (c == '"' || c == '\\' || c == 'b' || c == 'f' || c == 'n' || c == 'r' || c == 't') {
            m_p += 2;
            return true;
        }
        if (c != 'u' || m_end - m_p < 6 || m_p[2] != '0' || m_p[3] != '0') {
            return false;
        }
        const auto hex = [](char h) {
            return h >= '0' && h <= '9' ? h - '0' : h >= 'a' && h <= 'f' ? h - 'a' + 10 : -1;
        };
        const int high = hex(m_p[4]);
        const int low = hex(m_p[5]);
        const int code = high * 16 + low;
        if (high < 0 || low < 0 || code >= 0x20 || code == 0x08 || code == 0x09 || code == 0x0a ||
            code == 0x0c || code == 0x0d) {
            return false;
        }
        m_p += 6;
        return true;
    }

    // One well-formed UTF-8 sequence (no overlong forms, surrogates or values past U+10FFFF).
    bool utf8Sequence()
    {
        const auto lead = static_cast<unsigned char>(*m_p);
        int length = 0;
        char32_t code = 0;
        if (lead >= 0xc2 && lead <= 0xdf) {
            length = 2;
            code = lead & 0x1f;
        } else if (lead >= 0xe0 && lead <= 0xef) {
            length = 3;
            code = lead & 0x0f;
        } else if (lead >= 0xf0 && lead <= 0xf4) {
            length = 4;
            code = lead & 0x07;
        } else {
            return false;
        }
        if (m_end - m_p < length) {
            return false;
        }
        for (int i = 1; i < length; ++i) {
            const auto c = static_cast<unsigned char>(m_p[i]);
            if ((c & 0xc0) != 0x80) {
                return false;
            }
            code = (code << 6) | (c & 0x3f);
        }
        const char32_t minimum = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000;
        if (code < minimum || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) {
            return false;
        }
        m_p += length;
        return true;
    }

    // Integers of up to 15 digits (exact in a double, written back as digits); fractions and
    // exponents may be written back in another form, so they take the slow path.
    bool integer()
    {
        const char* start = m_p;
        if (*m_p == '-') {
            ++m_p;
        }
        const char* digits = m_p;
        while (m_p < m_end && *m_p >= '0' && *m_p <= '9') {
            ++m_p;
        }
        const qsizetype count = m_p - digits;
        if (count == 0 || count > 15 || (*digits == '0' && (count > 1 || start != digits))) {
            return false;
        }
        return true;
    }

    bool literal(QByteArrayView word)
    {
        if (m_end - m_p < word.size() || QByteArrayView(m_p, word.size()) != word) {
            return false;
        }
        m_p += word.size();
        return true;
    }

    const char* m_p;
    const char* const m_end;
};

int column(const QSqlRecord& record, const char* name)
{
    return record.indexOf(QLatin1String(name));
}

} // namespace

AuditPageWriter::AuditPageWriter(const QSqlQuery& query)
{
    const QSqlRecord record = query.record();
    m_seq = column(record, "seq");
    m_id = column(record, "id");
    m_occurredAt = column(record, "occurred_at");
    m_actorKind = column(record, "actor_kind");
    m_actorId = column(record, "actor_id");
    m_actorDisplay = column(record, "actor_display");
    m_channel = column(record, "channel");
    m_action = column(record, "action");
    m_entityType = column(record, "entity_type");
    m_entityId = column(record, "entity_id");
    m_summary = column(record, "summary");
    m_changes = column(record, "changes");
    m_ip = column(record, "ip");
    m_userAgent = column(record, "user_agent");
    m_requestId = column(record, "request_id");
    m_prevHash = column(record, "prev_hash");
    m_hash = column(record, "hash");
    m_out.reserve(64 * 1024);
    m_out.append(R"("items":[)");
}

bool AuditPageWriter::isStableJson(const QByteArray& json)
{
    return StableJsonScan(json).wholeObject();
}

void AuditPageWriter::appendText(const QString& text)
{
    appendJsonString(m_out, text); // as QJsonDocument escapes it
}

void AuditPageWriter::appendTextOrNull(const QString& text)
{
    if (text.isEmpty()) {
        m_out.append("null");
    } else {
        appendText(text);
    }
}

void AuditPageWriter::appendChanges(const QByteArray& json)
{
    if (isStableJson(json)) {
        m_out.append(json);
    } else {
        m_out.append(
            QJsonDocument(QJsonDocument::fromJson(json).object()).toJson(QJsonDocument::Compact));
    }
}

void AuditPageWriter::append(const QSqlQuery& query)
{
    const auto text = [&](int index) { return query.value(index).toString(); };
    if (m_count++ > 0) {
        m_out.append(',');
    }
    // The keys in QJsonObject's (sorted) order; the values as AuditLog::entryFromRecord.
    m_out.append(R"({"action":)");
    appendText(text(m_action));
    m_out.append(R"(,"actor":{"display":)");
    appendText(text(m_actorDisplay));
    m_out.append(R"(,"id":)");
    appendTextOrNull(text(m_actorId));
    m_out.append(R"(,"kind":)");
    appendText(text(m_actorKind));
    m_out.append(R"(},"changes":)");
    appendChanges(text(m_changes).toUtf8());
    m_out.append(R"(,"channel":)");
    appendText(text(m_channel));
    m_out.append(R"(,"entity_id":)");
    appendTextOrNull(text(m_entityId));
    m_out.append(R"(,"entity_type":)");
    appendText(text(m_entityType));
    m_out.append(R"(,"hash":)");
    appendText(text(m_hash));
    m_out.append(R"(,"id":)");
    appendText(text(m_id));
    m_out.append(R"(,"ip":)");
    appendTextOrNull(text(m_ip));
    m_out.append(R"(,"occurred_at":)");
    // PostgreSQL hands back a timestamp; SQLite the stored text.
    const QVariant occurred = query.value(m_occurredAt);
    appendText(occurred.typeId() == QMetaType::QDateTime ? toRfc3339(occurred.toDateTime())
                                                         : occurred.toString());
    m_out.append(R"(,"prev_hash":)");
    appendText(text(m_prevHash));
    m_out.append(R"(,"request_id":)");
    appendTextOrNull(text(m_requestId));
    m_out.append(R"(,"seq":)");
    m_out.append(QByteArray::number(query.value(m_seq).toLongLong()));
    m_out.append(R"(,"summary":)");
    appendText(text(m_summary));
    m_out.append(R"(,"user_agent":)");
    appendTextOrNull(text(m_userAgent));
    m_out.append('}');
}

QByteArray AuditPageWriter::finish(bool hasMore)
{
    // {"has_more":…,"items":[…]}: has_more sorts first, so it is prepended at the end.
    m_out.prepend(hasMore ? R"({"has_more":true,)" : R"({"has_more":false,)");
    m_out.append("]}");
    return std::move(m_out);
}

} // namespace purser::server
