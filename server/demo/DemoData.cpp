#include "server/demo/DemoData.h"

#include <QTimeZone>
#include <array>

namespace purser::server {
namespace {

template <std::size_t N>
QString from(QRandomGenerator& rng, const std::array<const char*, N>& list)
{
    return QString::fromUtf8(list[rng.bounded(static_cast<quint32>(N))]);
}

const std::array<const char*, 20> kChineseSurnames = {
    "Tan", "Lim", "Lee", "Ng",  "Ong", "Wong", "Goh", "Chua", "Chan",  "Koh",
    "Teo", "Ang", "Yeo", "Tay", "Ho",  "Low",  "Toh", "Sim",  "Chong", "Lau"};
const std::array<const char*, 12> kChineseMale = {
    "Wei Ming",  "Kai Xiang", "Jun Jie",    "Zhi Hao", "Yong Sheng", "Wen Jie",
    "Jian Hong", "Boon Keng", "Chee Keong", "Jia Wei", "Guo Liang",  "Hong Wei"};
const std::array<const char*, 12> kChineseFemale = {"Hui Min", "Jia Hui",  "Xin Yi",   "Mei Ling",
                                                    "Shu Fen", "Li Ting",  "Pei Shan", "Siew Ling",
                                                    "Yi Xuan", "Hui Ling", "Su Lin",   "Wen Qi"};
const std::array<const char*, 10> kMalayMale = {
    "Muhammad Faizal", "Ahmad Firdaus", "Mohamed Irfan", "Hafiz",  "Syafiq",
    "Khairul Anwar",   "Azman",         "Ridzuan",       "Amirul", "Zulkifli"};
const std::array<const char*, 10> kMalayFemale = {
    "Nur Aisyah", "Siti Nurhaliza", "Farah Nadia", "Nurul Huda", "Aishah",
    "Hidayah",    "Zulaikha",       "Nadia",       "Aminah",     "Sarah"};
const std::array<const char*, 10> kMalayFathers = {"Rahman",   "Ismail", "Hassan",  "Osman",
                                                   "Abdullah", "Yusof",  "Ibrahim", "Salleh",
                                                   "Hamid",    "Kassim"};
const std::array<const char*, 8> kIndianMale = {"Rajesh",  "Arun",    "Suresh", "Vikram",
                                                "Karthik", "Pradeep", "Ganesh", "Ravi"};
const std::array<const char*, 8> kIndianFemale = {"Priya",  "Kavitha", "Deepa", "Lakshmi",
                                                  "Anjali", "Meena",   "Divya", "Shalini"};
const std::array<const char*, 10> kIndianSurnames = {"Kumar",    "Subramaniam", "Nair",  "Pillai",
                                                     "Krishnan", "Raj",         "Menon", "Singh",
                                                     "Ramasamy", "Chandran"};
const std::array<const char*, 8> kOtherMale = {"Daniel",   "Jonathan", "Marcus",  "Adrian",
                                               "Benjamin", "Nicholas", "Gabriel", "Ryan"};
const std::array<const char*, 8> kOtherFemale = {"Sarah",     "Rachel", "Natalie", "Michelle",
                                                 "Christine", "Sophia", "Joanne",  "Amanda"};
const std::array<const char*, 8> kOtherSurnames = {"Pereira",  "De Souza", "Fernandez", "Rodrigues",
                                                   "Oliveira", "Sequeira", "Da Silva",  "Lopez"};

struct Department
{
    const char* name;
    const char* head;
    std::array<const char*, 4> positions;
};
const std::array<Department, 8> kDepartments = {{
    {"Finance",
     "Head of Finance",
     {"Accountant", "Senior Accountant", "Payroll Specialist", "Accounts Executive"}},
    {"Human Resources",
     "Head of People",
     {"HR Executive", "HR Business Partner", "Recruiter", "Talent Acquisition Lead"}},
    {"Engineering",
     "Head of Engineering",
     {"Software Engineer", "Senior Software Engineer", "QA Engineer", "DevOps Engineer"}},
    {"Sales",
     "Head of Sales",
     {"Account Executive", "Sales Manager", "Business Development Executive",
      "Key Account Manager"}},
    {"Operations",
     "Head of Operations",
     {"Operations Executive", "Logistics Coordinator", "Procurement Officer",
      "Operations Manager"}},
    {"Legal",
     "General Counsel",
     {"Legal Counsel", "Paralegal", "Compliance Officer", "Contracts Manager"}},
    {"Marketing",
     "Head of Marketing",
     {"Marketing Executive", "Content Strategist", "Brand Manager",
      "Digital Marketing Specialist"}},
    {"Customer Success",
     "Head of Customer Success",
     {"Customer Success Manager", "Support Specialist", "Onboarding Specialist",
      "Support Team Lead"}},
}};

QString emailPart(QString text)
{
    text = text.toLower();
    QString out;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            out += c;
        }
    }
    return out;
}

} // namespace

QList<DemoData::Organization> DemoData::organizations()
{
    return {
        Organization{QStringLiteral("Acme Pte Ltd"),
                     Country::Singapore,
                     QStringLiteral("acme.example"),
                     QStringLiteral("ACM"),
                     200,
                     {
                         {QStringLiteral("owner@acme.example"),
                          QStringLiteral("Tan Mei Ling"),
                          Role::Owner,
                          QStringLiteral("Operations"),
                          QStringLiteral("Managing Director"),
                          {}},
                         {QStringLiteral("admin@acme.example"),
                          QStringLiteral("Muhammad Hafiz bin Osman"),
                          Role::Admin,
                          QStringLiteral("Human Resources"),
                          QStringLiteral("HR Manager"),
                          {}},
                         {QStringLiteral("finance@acme.example"),
                          QStringLiteral("Priya Nair"),
                          Role::Finance,
                          QStringLiteral("Finance"),
                          QStringLiteral("Finance Manager"),
                          {}},
                         {QStringLiteral("auditor@acme.example"),
                          QStringLiteral("David Lim Wei Jie"),
                          Role::Auditor,
                          QStringLiteral("Finance"),
                          QStringLiteral("Internal Auditor"),
                          {}},
                         {QStringLiteral("member@acme.example"),
                          QStringLiteral("Siti Nurhaliza binti Rahman"),
                          Role::Member,
                          QStringLiteral("Engineering"),
                          QStringLiteral("Software Engineer"),
                          {}},
                         {QStringLiteral("viewer@acme.example"),
                          QStringLiteral("Jonathan Pereira"),
                          Role::Viewer,
                          QStringLiteral("Operations"),
                          QStringLiteral("Operations Executive"),
                          {}},
                         // In both organisations, with a different role in each.
                         {consultantEmail(),
                          consultantName(),
                          Role::Finance,
                          QStringLiteral("Finance"),
                          QStringLiteral("Finance Consultant"),
                          {}},
                     }},
        Organization{QStringLiteral("Globex Sdn Bhd"),
                     Country::Malaysia,
                     QStringLiteral("globex.example"),
                     QStringLiteral("GLX"),
                     50,
                     {
                         {QStringLiteral("owner@globex.example"),
                          QStringLiteral("Ahmad Faris bin Zulkifli"),
                          Role::Owner,
                          QStringLiteral("Operations"),
                          QStringLiteral("Managing Director"),
                          {}},
                         {QStringLiteral("admin@globex.example"),
                          QStringLiteral("Lim Siew Ling"),
                          Role::Admin,
                          QStringLiteral("Human Resources"),
                          QStringLiteral("HR Manager"),
                          {}},
                         {consultantEmail(),
                          consultantName(),
                          Role::Auditor,
                          QStringLiteral("Finance"),
                          QStringLiteral("External Auditor"),
                          {}},
                     }},
    };
}

QString DemoData::uuid()
{
    QByteArray bytes(16, Qt::Uninitialized);
    for (int i = 0; i < 16; ++i) {
        bytes[i] = static_cast<char>(m_rng.bounded(256));
    }
    bytes[6] = static_cast<char>((bytes[6] & 0x0F) | 0x40);
    bytes[8] = static_cast<char>((bytes[8] & 0x3F) | 0x80);
    const QString hex = QString::fromLatin1(bytes.toHex());
    return hex.left(8) + u'-' + hex.mid(8, 4) + u'-' + hex.mid(12, 4) + u'-' + hex.mid(16, 4) +
           u'-' + hex.mid(20);
}

QString DemoData::digits(int count)
{
    QString out;
    for (int i = 0; i < count; ++i) {
        out += QChar(u'0' + pick(10));
    }
    return out;
}

QDate DemoData::date(const QDate& from, const QDate& to)
{
    return from.addDays(m_rng.bounded(static_cast<int>(from.daysTo(to)) + 1));
}

DemoData::Person DemoData::person(Country country)
{
    const int roll = pick(100);
    const bool male = pick(2) == 0;
    const int chinese = country == Country::Singapore ? 60 : 28;
    const int malay = chinese + (country == Country::Singapore ? 17 : 55);
    const int indian = malay + 15;
    if (roll < chinese) {
        const QString surname = from(m_rng, kChineseSurnames);
        const QString given = male ? from(m_rng, kChineseMale) : from(m_rng, kChineseFemale);
        return {surname + u' ' + given, emailPart(given) + u'.' + emailPart(surname), male};
    }
    if (roll < malay) {
        const QString given = male ? from(m_rng, kMalayMale) : from(m_rng, kMalayFemale);
        const QString father = from(m_rng, kMalayFathers);
        return {given + (male ? QStringLiteral(" bin ") : QStringLiteral(" binti ")) + father,
                emailPart(given) + u'.' + emailPart(father), male};
    }
    if (roll < indian) {
        const QString given = male ? from(m_rng, kIndianMale) : from(m_rng, kIndianFemale);
        const QString surname = from(m_rng, kIndianSurnames);
        return {given + u' ' + surname, emailPart(given) + u'.' + emailPart(surname), male};
    }
    const QString given = male ? from(m_rng, kOtherMale) : from(m_rng, kOtherFemale);
    const QString surname = from(m_rng, kOtherSurnames);
    return {given + u' ' + surname, emailPart(given) + u'.' + emailPart(surname), male};
}

QString DemoData::nationalId(Country country, const QDate& birth, bool male)
{
    if (country == Country::Malaysia) {
        static const std::array<const char*, 6> states = {"01", "07", "08", "10", "14", "12"};
        const int last = pick(5) * 2 + (male ? 1 : 0);
        return birth.toString(QStringLiteral("yyMMdd")) + u'-' + from(m_rng, states) + u'-' +
               digits(3) + QString::number(last);
    }
    // NRIC: S (born before 2000) or T, two digits of the birth year, five digits, checksum.
    const bool t = birth.year() >= 2000;
    const QString body = QString::number(birth.year() % 100).rightJustified(2, u'0') + digits(5);
    static const std::array<int, 7> weights = {2, 7, 6, 5, 4, 3, 2};
    int sum = t ? 4 : 0;
    for (int i = 0; i < 7; ++i) {
        sum += body[i].digitValue() * weights[static_cast<std::size_t>(i)];
    }
    static const QString letters = QStringLiteral("JZIHGFEDCBA");
    return (t ? QStringLiteral("T") : QStringLiteral("S")) + body + letters[sum % 11];
}

void DemoData::bank(Country country, Employee& e)
{
    const int which = pick(3);
    if (country == Country::Singapore) {
        static const std::array<const char*, 3> banks = {"DBS Bank", "OCBC Bank", "UOB"};
        e.bankName = QString::fromUtf8(banks[static_cast<std::size_t>(which)]);
        e.bankAccount =
            which == 0 ? QStringLiteral("0") + digits(2) + u'-' + digits(6) + u'-' + digits(1)
            : which == 1
                ? QStringLiteral("5") + digits(2) + u'-' + digits(6) + QStringLiteral("-001")
                : digits(3) + u'-' + digits(3) + u'-' + digits(3) + u'-' + digits(1);
        return;
    }
    static const std::array<const char*, 3> banks = {"Maybank", "CIMB Bank", "Public Bank"};
    e.bankName = QString::fromUtf8(banks[static_cast<std::size_t>(which)]);
    e.bankAccount = which == 0   ? QStringLiteral("5") + digits(11)
                    : which == 1 ? QStringLiteral("80") + digits(12)
                                 : QStringLiteral("3") + digits(9);
}

qint64 DemoData::salary(Country country, const QString& position, const QString& type)
{
    int low = 3800;
    int high = 8500;
    if (position.startsWith(u"Head") || position == u"General Counsel" ||
        position == u"Managing Director") {
        low = 15000;
        high = 24000;
    } else if (position.contains(u"Manager") || position.contains(u"Lead") ||
               position.startsWith(u"Senior") || position == u"Internal Auditor") {
        low = 8000;
        high = 14000;
    }
    if (type == u"intern") {
        low = 1000;
        high = 1800;
    } else if (type == u"part_time") {
        low /= 2;
        high /= 2;
    }
    if (country == Country::Malaysia) {
        low = low * 11 / 10;
        high = high * 11 / 10;
    }
    const int steps = (high - low) / 50;
    return static_cast<qint64>(low + 50 * pick(steps + 1)) * 100;
}

Employee DemoData::base(const Organization& org, int number)
{
    Employee e;
    e.id = uuid();
    e.employeeNo = org.employeePrefix + u'-' + QString::number(number).rightJustified(4, u'0');
    e.version = 1;
    e.updatedAt = QDateTime(QDate(2026, 1, 5), QTime(9, 0), QTimeZone::utc());
    const QDate birth = date(QDate(1965, 1, 1), QDate(2003, 12, 31));
    const Person p = person(org.country);
    e.fullName = p.fullName;
    QString local = p.emailLocal;
    for (int n = 2; m_usedEmails.contains(local); ++n) {
        local = p.emailLocal + QString::number(n);
    }
    m_usedEmails.insert(local);
    e.email = local + u'@' + org.domain;
    e.nationalId = nationalId(org.country, birth, p.male);
    e.startDate = date(QDate(2012, 1, 1), QDate(2025, 12, 1));
    const int type = pick(100);
    e.employmentType = type < 75   ? QStringLiteral("full_time")
                       : type < 85 ? QStringLiteral("part_time")
                       : type < 95 ? QStringLiteral("contract")
                                   : QStringLiteral("intern");
    const int status = pick(100);
    e.status = status < 85   ? QStringLiteral("active")
               : status < 93 ? QStringLiteral("on_leave")
                             : QStringLiteral("terminated");
    if (e.status == u"terminated") {
        e.endDate = date(e.startDate.addMonths(3), QDate(2026, 1, 1));
    }
    bank(org.country, e);
    return e;
}

QList<Employee> DemoData::employees(const Organization& org)
{
    const QString currency =
        org.country == Country::Singapore ? QStringLiteral("SGD") : QStringLiteral("MYR");
    const std::size_t departmentCount = org.country == Country::Singapore ? 8 : 5;
    QList<Employee> result;
    QList<QString> heads;
    int number = 1;
    // Department heads first (they manage everyone else in their department).
    for (std::size_t d = 0; d < departmentCount; ++d) {
        Employee e = base(org, number++);
        e.department = QString::fromUtf8(kDepartments[d].name);
        e.position = QString::fromUtf8(kDepartments[d].head);
        e.employmentType = QStringLiteral("full_time");
        e.status = QStringLiteral("active");
        e.endDate.reset();
        e.baseSalary = Money{salary(org.country, e.position, e.employmentType), currency};
        heads.append(e.id);
        result.append(e);
    }
    auto headOf = [&](const QString& department) -> std::optional<QString> {
        for (std::size_t d = 0; d < departmentCount; ++d) {
            if (department == QString::fromUtf8(kDepartments[d].name)) {
                return heads[static_cast<qsizetype>(d)];
            }
        }
        return std::nullopt;
    };
    // Every demo user has a record of their own.
    for (const User& user : org.users) {
        Employee e = base(org, number++);
        e.fullName = user.name;
        e.email = user.email;
        e.department = user.department;
        e.position = user.position;
        e.employmentType = QStringLiteral("full_time");
        e.status = QStringLiteral("active");
        e.endDate.reset();
        e.userId = user.id;
        if (user.role != Role::Owner) {
            e.managerId = headOf(user.department);
        }
        e.baseSalary = Money{salary(org.country, e.position, e.employmentType), currency};
        result.append(e);
    }
    while (result.size() < org.employeeCount) {
        Employee e = base(org, number++);
        const std::size_t d = static_cast<std::size_t>(pick(static_cast<int>(departmentCount)));
        e.department = QString::fromUtf8(kDepartments[d].name);
        e.position = from(m_rng, kDepartments[d].positions);
        if (e.employmentType == u"intern") {
            e.position = QString::fromUtf8(kDepartments[d].name) + QStringLiteral(" Intern");
        }
        e.managerId = heads[static_cast<qsizetype>(d)];
        e.baseSalary = Money{salary(org.country, e.position, e.employmentType), currency};
        result.append(e);
    }
    return result;
}

} // namespace purser::server
