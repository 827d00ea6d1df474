<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ConnectionState</name>
    <message>
        <source>Signed out</source>
        <translation>已退出登录</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Offline: cannot reach the server</source>
        <translation>离线：无法连接服务器</translation>
    </message>
    <message>
        <source>The server reported a problem</source>
        <translation>服务器报告了问题</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>请重新登录</translation>
    </message>
    <message>
        <source>Server certificate changed: not connected</source>
        <translation>服务器证书已更改：未连接</translation>
    </message>
</context>
<context>
    <name>EmployeeColumn</name>
    <message>
        <source>No.</source>
        <translation>编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Full time</source>
        <translation>全职</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已离职</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>系统钥匙串不可用：%1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
</context>
<context>
    <name>OrgAdminText</name>
    <message>
        <source>This needs a connection to the server, and Purser cannot reach it now. Nothing was changed and nothing was queued: try again when you are connected.</source>
        <translation>此操作需要连接服务器，而 Purser 现在无法连接。没有任何更改，也没有任何内容排队：请在联网后重试。</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, then try once more.</source>
        <translation>您的会话已结束。请重新登录后再试一次。</translation>
    </message>
    <message>
        <source>The server refused: this organisation requires two-factor sign-in, and your account has none. Turn it on in My account first.</source>
        <translation>服务器拒绝：此组织要求双重验证登录，而您的账户尚未开启。请先在“我的账户”中开启。</translation>
    </message>
    <message>
        <source>The server refused: your role may not do this. (%1)</source>
        <translation>服务器拒绝：您的角色不能执行此操作。（%1）</translation>
    </message>
    <message>
        <source>It is no longer there: someone may have changed it. The list is refreshed.</source>
        <translation>该项已不存在：可能有人更改了它。列表已刷新。</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
</context>
<context>
    <name>ViewCatalog</name>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>薪资</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>报销</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Server address to sign in to.</source>
        <translation>要登录的服务器地址。</translation>
    </message>
</context>
<context>
    <name>purser</name>
    <message>
        <source>Server address.</source>
        <translation>服务器地址。</translation>
    </message>
    <message>
        <source>Your email.</source>
        <translation>您的电子邮件。</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint.</source>
        <translation>信任具有此 SHA-256 指纹的服务器证书。</translation>
    </message>
    <message>
        <source>Usage: purser sign-in --server URL --email EMAIL [--pin-sha256 FINGERPRINT] (password on standard input)</source>
        <translation>用法：purser sign-in --server URL --email EMAIL [--pin-sha256 FINGERPRINT]（密码从标准输入读取）</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https server address.</source>
        <translation>“%1”不是 https 服务器地址。</translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint (64 hex digits).</source>
        <translation>--pin-sha256 需要 SHA-256 指纹（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>Give the password on standard input.</source>
        <translation>请通过标准输入提供密码。</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>登录失败。</translation>
    </message>
    <message>
        <source>Signed in, but you are not a member of any organisation.</source>
        <translation>已登录，但您不是任何组织的成员。</translation>
    </message>
    <message>
        <source>Signed in as %1 to %2 (%3). Run &quot;purser sync&quot; to download the offline data.</source>
        <translation>已以 %1 身份登录 %2（%3）。运行“purser sync”下载离线数据。</translation>
    </message>
    <message>
        <source>Organisation id.</source>
        <translation>组织 ID。</translation>
    </message>
    <message>
        <source>Items per page.</source>
        <translation>每页条目数。</translation>
    </message>
    <message>
        <source>Discard offline data that cannot be opened.</source>
        <translation>丢弃无法打开的离线数据。</translation>
    </message>
    <message>
        <source>Which organisation? Use --org.</source>
        <translation>哪个组织？请使用 --org。</translation>
    </message>
    <message>
        <source>%1 change(s) are kept and will be sent on the next sync.</source>
        <translation>%1 项更改已保留，将在下次同步时发送。</translation>
    </message>
    <message>
        <source>Synced. %1 change(s) still need your attention.</source>
        <translation>已同步。仍有 %1 项更改需要您处理。</translation>
    </message>
    <message>
        <source>Also delete the offline data and its key.</source>
        <translation>同时删除离线数据及其密钥。</translation>
    </message>
    <message>
        <source>Remove offline data even with unsent changes.</source>
        <translation>即使有未发送的更改也删除离线数据。</translation>
    </message>
    <message>
        <source>%1 change(s) made here have not reached the server and would be lost. Run &quot;purser sync&quot; first, or add --discard-unsent.</source>
        <translation>在此处所做的 %1 项更改尚未到达服务器，将会丢失。请先运行“purser sync”，或加上 --discard-unsent。</translation>
    </message>
    <message>
        <source>Signed out; the offline data and its key were removed.</source>
        <translation>已退出登录；离线数据及其密钥已删除。</translation>
    </message>
    <message>
        <source>Signed out. The offline data stays encrypted on this computer.</source>
        <translation>已退出登录。离线数据仍以加密形式保留在此计算机上。</translation>
    </message>
    <message>
        <source>First day or time.</source>
        <translation>起始日期或时间。</translation>
    </message>
    <message>
        <source>Last day or time.</source>
        <translation>结束日期或时间。</translation>
    </message>
    <message>
        <source>csv or jsonl.</source>
        <translation>csv 或 jsonl。</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>输出文件。</translation>
    </message>
    <message>
        <source>--from needs a date (YYYY-MM-DD) or an RFC 3339 time.</source>
        <translation>--from 需要日期（YYYY-MM-DD）或 RFC 3339 时间。</translation>
    </message>
    <message>
        <source>--to needs a date (YYYY-MM-DD) or an RFC 3339 time.</source>
        <translation>--to 需要日期（YYYY-MM-DD）或 RFC 3339 时间。</translation>
    </message>
    <message>
        <source>There is no offline data for that organisation. Run &quot;purser sync&quot; first.</source>
        <translation>该组织没有离线数据。请先运行“purser sync”。</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 public key</source>
        <translation>签名密钥不是 Ed25519 公钥</translation>
    </message>
    <message>
        <source>the signature of the checkpoint at entry %1 is not valid</source>
        <translation>条目 %1 处检查点的签名无效</translation>
    </message>
    <message>
        <source>the server does not publish the key that signed it</source>
        <translation>服务器没有公布签名所用的密钥</translation>
    </message>
    <message>
        <source>No system keychain works here (%1). Reading your Purser passphrase from standard input instead.</source>
        <translation>此处没有可用的系统钥匙串（%1）。改为从标准输入读取您的 Purser 密码短语。</translation>
    </message>
    <message>
        <source>Not signed in. Run &quot;purser sign-in&quot; first.</source>
        <translation>尚未登录。请先运行“purser sign-in”。</translation>
    </message>
    <message>
        <source>Your session has ended. Run &quot;purser sign-in&quot; again; nothing was lost.</source>
        <translation>您的会话已结束。请再次运行“purser sign-in”；没有丢失任何内容。</translation>
    </message>
    <message>
        <source>To discard it and download it again, run: purser sync --discard-offline-data</source>
        <translation>要丢弃并重新下载，请运行：purser sync --discard-offline-data</translation>
    </message>
    <message>
        <source>Discarded the offline data; downloading it again.</source>
        <translation>已丢弃离线数据；正在重新下载。</translation>
    </message>
    <message>
        <source>Check every row and report; send nothing.</source>
        <translation>检查每一行并报告；不发送任何内容。</translation>
    </message>
    <message>
        <source>JSON file: field → CSV column.</source>
        <translation>JSON 文件：字段 → CSV 列。</translation>
    </message>
    <message>
        <source>Usage: purser import-employees FILE --org ORG [--dry-run] [--mapping FILE]</source>
        <translation>用法：purser import-employees 文件 --org 组织 [--dry-run] [--mapping 文件]</translation>
    </message>
    <message>
        <source>--mapping needs a JSON object such as {&quot;full_name&quot;: &quot;Name&quot;}.</source>
        <translation>--mapping 需要一个 JSON 对象，例如 {&quot;full_name&quot;: &quot;Name&quot;}。</translation>
    </message>
    <message>
        <source>Cannot write to the offline data.</source>
        <translation>无法写入离线数据。</translation>
    </message>
    <message>
        <source>%1 row(s) wait in the outbox; &quot;purser sync&quot; sends them.</source>
        <translation>%1 行在发件箱中等待；“purser sync”会发送它们。</translation>
    </message>
    <message>
        <source>Only the entries about this record id.</source>
        <translation>仅包含与此记录 ID 相关的条目。</translation>
    </message>
    <message>
        <source>Usage: purser export-audit --org ORG [--from T] [--to T] [--entity ID] --format csv|jsonl --out FILE</source>
        <translation>用法：purser export-audit --org ORG [--from T] [--to T] [--entity ID] --format csv|jsonl --out FILE</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a signing key you trust (repeatable).</source>
        <translation>您信任的签名密钥的 SHA-256 指纹（可重复指定）。</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a witness key whose cosignature the export must carry (repeatable).</source>
        <translation>导出必须带有其联合签名的见证方密钥的 SHA-256 指纹（可重复指定）。</translation>
    </message>
    <message>
        <source>The exported file.</source>
        <translation>导出的文件。</translation>
    </message>
    <message>
        <source>Usage: purser verify-export [--trusted-key FINGERPRINT]... [--require-witness FINGERPRINT]... FILE</source>
        <translation>用法：purser verify-export [--trusted-key FINGERPRINT]... [--require-witness FINGERPRINT]... FILE</translation>
    </message>
    <message>
        <source>audit entry %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>purser::ApiClient</name>
    <message>
        <source>You are not signed in, or your session has ended.</source>
        <translation>您尚未登录，或会话已结束。</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>您的角色不允许此操作。</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>未找到。</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>尝试次数过多。请等待几分钟后再试。</translation>
    </message>
    <message>
        <source>The server had a problem. Please try again later.</source>
        <translation>服务器出现问题。请稍后再试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>服务器拒绝了请求（HTTP %1）。</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>尚未设置服务器地址。</translation>
    </message>
    <message>
        <source>Cannot read the file to upload.</source>
        <translation>无法读取要上传的文件。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you last connected to %1. This can mean someone is intercepting the connection. Nothing was sent. Ask your administrator whether the server&apos;s certificate was replaced.</source>
        <translation>自您上次连接 %1 以来，服务器证书已更改。这可能意味着有人正在拦截连接。未发送任何内容。请询问管理员服务器证书是否已更换。</translation>
    </message>
    <message>
        <source>The server at %1 presented a certificate that is not trusted. Nothing was sent.</source>
        <translation>%1 上的服务器提供了不受信任的证书。未发送任何内容。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid.</source>
        <translation>服务器证书无效。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>服务器证书已过期。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check your computer&apos;s date and time.</source>
        <translation>服务器证书尚未生效。请检查计算机的日期和时间。</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not issued for %1.</source>
        <translation>服务器证书不是为 %1 签发的。</translation>
    </message>
    <message>
        <source>Cannot connect securely to %1. %2 Nothing was sent.</source>
        <translation>无法安全连接到 %1。%2 未发送任何内容。</translation>
    </message>
    <message>
        <source>You did not trust the certificate of %1, so Purser did not connect.</source>
        <translation>您未信任 %1 的证书，因此 Purser 没有连接。</translation>
    </message>
    <message>
        <source>Cannot connect securely to %1. The server may not support TLS 1.2 or newer.</source>
        <translation>无法安全连接到 %1。服务器可能不支持 TLS 1.2 或更高版本。</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>%1 上的服务器未及时响应。</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection.</source>
        <translation>无法连接 %1 上的服务器。请检查地址和网络连接。</translation>
    </message>
    <message>
        <source>The server sent an answer Purser cannot read.</source>
        <translation>服务器发送了 Purser 无法读取的响应。</translation>
    </message>
</context>
<context>
    <name>purser::ApiKeyShownOnceDialog</name>
    <message>
        <source>&amp;Copy key</source>
        <translation>复制密钥(&amp;C)</translation>
    </message>
    <message>
        <source>New API key &quot;%1&quot;</source>
        <translation>新 API 密钥“%1”</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>新 API 密钥</translation>
    </message>
    <message>
        <source>Copy the new API key</source>
        <translation>复制新 API 密钥</translation>
    </message>
    <message>
        <source>This is the only time this key is shown: Purser and the server keep only a fingerprint of it. Copy it now into the program that will use it, and treat it like a password. Lost keys cannot be recovered; revoke them and create a new one.</source>
        <translation>此密钥仅显示这一次：Purser 和服务器只保存其指纹。请立即将其复制到要使用它的程序中，并像密码一样保管。丢失的密钥无法找回；请吊销并创建新的密钥。</translation>
    </message>
</context>
<context>
    <name>purser::AppController</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>您的会话已结束。请重新登录。</translation>
    </message>
    <message>
        <source>Enter your password again with the code from your authenticator app (or a backup code).</source>
        <translation>请再次输入密码，并输入验证器应用中的验证码（或备用码）。</translation>
    </message>
</context>
<context>
    <name>purser::AuditExport</name>
    <message>
        <source>There is no verified audit checkpoint in the offline data yet. Run &quot;purser sync&quot; while online first.</source>
        <translation>离线数据中还没有已验证的审计检查点。请先在联网时运行“purser sync”。</translation>
    </message>
    <message>
        <source>No audit-log entries in the offline data match that period.</source>
        <translation>离线数据中没有符合该时间段的审计日志条目。</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Exported %1 audit entries (%2 to %3) to %4, manifest %5.</source>
        <translation>已将 %1 条审计条目（%2 至 %3）导出到 %4，清单 %5。</translation>
    </message>
    <message>
        <source>The manifest %1 is missing.</source>
        <translation>清单 %1 缺失。</translation>
    </message>
    <message>
        <source>The manifest %1 is damaged.</source>
        <translation>清单 %1 已损坏。</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>Row %1 of the export cannot be read: it was changed.</source>
        <translation>无法读取导出的第 %1 行：它已被更改。</translation>
    </message>
    <message>
        <source>Entry %1 (row %2) was changed: its columns do not match its recorded content.</source>
        <translation>条目 %1（第 %2 行）已被更改：其各列与记录的内容不符。</translation>
    </message>
    <message>
        <source>Line %1 of the export cannot be read: it was changed.</source>
        <translation>无法读取导出的第 %1 行：它已被更改。</translation>
    </message>
    <message>
        <source>The export holds no entries.</source>
        <translation>导出中没有条目。</translation>
    </message>
    <message>
        <source>Verification FAILED at entry %1 (line %2): %3</source>
        <translation>验证失败，位于条目 %1（第 %2 行）：%3</translation>
    </message>
    <message>
        <source>Verification FAILED: %1.</source>
        <translation>验证失败：%1。</translation>
    </message>
    <message>
        <source>Verification FAILED: the signed checkpoint (entry %1) is outside the exported entries %2 to %3, so it cannot vouch for them.</source>
        <translation>验证失败：已签名的检查点（条目 %1）不在导出的条目 %2 至 %3 范围内，因此无法为其作保。</translation>
    </message>
    <message>
        <source>Verification FAILED at entry %1 (line %2): it differs from the signed checkpoint.</source>
        <translation>验证失败，位于条目 %1（第 %2 行）：它与已签名的检查点不同。</translation>
    </message>
    <message>
        <source>Verification FAILED: the file&apos;s SHA-256 differs from the manifest.</source>
        <translation>验证失败：文件的 SHA-256 与清单不符。</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Verification FAILED: the manifest&apos;s tree section is damaged: %1.</source>
        <translation>验证失败：清单中的审计树部分已损坏：%1。</translation>
    </message>
    <message>
        <source>are in the audit tree of %1 entries whose checkpoint was signed by %2</source>
        <translation>位于包含 %1 条条目的审计树中，其检查点由 %2 签名</translation>
    </message>
    <message>
        <source>chain correctly, and entry %1 matches the checkpoint signed %2</source>
        <translation>链接正确，且条目 %1 与于 %2 签名的检查点相符</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the export is consistent, but it is signed by key %1 and you named no key you trust. Compare that fingerprint with your organisation&apos;s signing key and pass --trusted-key FINGERPRINT, or sync this computer with the server first.</source>
        <translation>未验证：导出内容一致，但由密钥 %1 签名，而您未指定任何您信任的密钥。请将该指纹与您组织的签名密钥进行核对，并传入 --trusted-key FINGERPRINT，或先将此计算机与服务器同步。</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the export is consistent, but it is signed by key %1, which is not a key you trust. Anyone can sign a consistent export with a key of their own.</source>
        <translation>未验证：导出内容一致，但由密钥 %1 签名，而该密钥不是您信任的密钥。任何人都可以用自己的密钥为内容一致的导出签名。</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the export is consistent and signed by key %1, which you trust, but witness %2 did not cosign its checkpoint.</source>
        <translation>未验证：导出内容一致，且由您信任的密钥 %1 签名，但见证方 %2 未对其检查点进行联合签名。</translation>
    </message>
    <message>
        <source>Verified: %1 entries (%2 to %3) %4, key %5, which you trust.</source>
        <translation>已验证：%1 条条目（%2 至 %3）%4，密钥 %5 是您信任的密钥。</translation>
    </message>
    <message>
        <source>Line %1 of the export is not its entry&apos;s canonical JSON: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification FAILED: the manifest lists %1 entries (%2 to %3), the file holds %4 (%5 to %6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1 selected entries between %2 and %3 %4, key %5, which you trust. This export is a selection: %6 entries in that range are not in it, so it does not show everything that happened between them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>purser::AuditExportBundle</name>
    <message>
        <source>The offline data holds entries newer than its last verified checkpoint. Run &quot;purser sync&quot; first.</source>
        <translation>离线数据中包含比其最后一个已验证检查点更新的条目。请先运行“purser sync”。</translation>
    </message>
    <message>
        <source>The offline audit log does not hold every entry of its verified checkpoint. Run &quot;purser sync&quot; first.</source>
        <translation>离线审计日志未包含其已验证检查点所涵盖的全部条目。请先运行“purser sync”。</translation>
    </message>
    <message>
        <source>Cannot prove the exported entries against the checkpoint.</source>
        <translation>无法依据检查点证明导出的条目。</translation>
    </message>
    <message>
        <source>Cannot prove entry %1 against the checkpoint.</source>
        <translation>无法依据检查点证明条目 %1。</translation>
    </message>
</context>
<context>
    <name>purser::AuditExportEvidence</name>
    <message>
        <source>No checkpoint this computer verified carries the cosignatures of every witness required in Settings yet.</source>
        <translation>此计算机验证过的检查点中，尚无一个带有“设置”中要求的全部见证方的联合签名。</translation>
    </message>
</context>
<context>
    <name>purser::AuditLogModel</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>When (UTC)</source>
        <translation>时间（UTC）</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>%1 的会话</translation>
    </message>
</context>
<context>
    <name>purser::AuditLogView</name>
    <message>
        <source>Search the audit log</source>
        <translation>搜索审计日志</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>验证完整性(&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>UTF-8 &amp;BOM for Excel</source>
        <translation>为 Excel 添加 UTF-8 BOM(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>记录类型</translation>
    </message>
    <message>
        <source>Any record type</source>
        <translation>任何记录类型</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>操作</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>任何操作</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>操作人</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>开始日期</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>结束日期</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>审计日志</translation>
    </message>
    <message>
        <source>Audit entry details</source>
        <translation>审计条目详情</translation>
    </message>
    <message>
        <source>CSV…</source>
        <translation>CSV…</translation>
    </message>
    <message>
        <source>JSON Lines…</source>
        <translation>JSON Lines…</translation>
    </message>
    <message>
        <source>PDF report…</source>
        <translation>PDF 报告…</translation>
    </message>
    <message>
        <source>Audit log integrity</source>
        <translation>审计日志完整性</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>选择一个条目以查看更改内容。</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>之前</translation>
    </message>
    <message>
        <source>After</source>
        <translation>之后</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>导出审计日志</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>正在导出审计日志…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>导出已取消；未写入任何内容。</translation>
    </message>
    <message>
        <source>Signed checkpoint: entry %1, hash %2, signed %3 by key %4</source>
        <translation>已签名检查点：条目 %1，哈希 %2，%3 由密钥 %4 签名</translation>
    </message>
    <message>
        <source>No signed checkpoint in the offline data yet.</source>
        <translation>离线数据中还没有已签名的检查点。</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %n entries to %1 with its manifest.</source>
        <translation>
            <numerusform>已将包含 %n 条条目的报告及其清单写入 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no audit-log entries in the offline data to verify.</source>
        <translation>离线数据中没有可验证的审计日志条目。</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>正在验证审计日志…</translation>
    </message>
    <message>
        <source>NOT INTACT: %1</source>
        <translation>不完整：%1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>验证已取消。</translation>
    </message>
    <message>
        <source>NOT INTACT: entries after %1 are missing.</source>
        <translation>不完整：%1 之后的条目缺失。</translation>
    </message>
    <message numerus="yes">
        <source>The %n entries chain correctly, but there is no signed checkpoint yet to vouch for them. Sync while online, then verify again.</source>
        <translation>
            <numerusform>这 %n 条条目链接正确，但还没有已签名的检查点为其作保。请在联网时同步，然后再次验证。</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT INTACT: the signed checkpoint does not verify: %1</source>
        <translation>不完整：已签名的检查点验证失败：%1</translation>
    </message>
    <message>
        <source>NOT INTACT: entry %1 differs from what the server signed.</source>
        <translation>不完整：条目 %1 与服务器签名的内容不同。</translation>
    </message>
    <message>
        <source>Intact: all %1 entries chain correctly and entry %2 matches the server&apos;s signed checkpoint.</source>
        <translation>完整：全部 %1 条条目链接正确，条目 %2 与服务器签名的检查点相符。</translation>
    </message>
    <message>
        <source>Searching… %1%</source>
        <translation>正在搜索… %1%</translation>
    </message>
    <message>
        <source>Audit history alarm</source>
        <translation>审计历史警报</translation>
    </message>
    <message>
        <source>Verified by witnesses: every witness required in Settings cosigned its checkpoint.</source>
        <translation>已由见证方验证：“设置”中要求的每个见证方都已对其检查点进行联合签名。</translation>
    </message>
    <message>
        <source>NOT VERIFIED by witnesses: witness %1, required in Settings, did not cosign its checkpoint.</source>
        <translation>未经见证方验证：“设置”中要求的见证方 %1 未对其检查点进行联合签名。</translation>
    </message>
</context>
<context>
    <name>purser::AuditReportWriter</name>
    <message>
        <source>Audit log report</source>
        <translation>审计日志报告</translation>
    </message>
    <message>
        <source>Cannot write the PDF file.</source>
        <translation>无法写入 PDF 文件。</translation>
    </message>
    <message>
        <source>Audit log report — %1</source>
        <translation>审计日志报告 — %1</translation>
    </message>
    <message>
        <source>Cannot read the PDF back.</source>
        <translation>无法读回 PDF。</translation>
    </message>
    <message>
        <source>Cannot write the manifest.</source>
        <translation>无法写入清单。</translation>
    </message>
</context>
<context>
    <name>purser::AuditSync</name>
    <message>
        <source> from entry %1 on</source>
        <translation>从条目 %1 起</translation>
    </message>
    <message>
        <source>ALARM: this organisation&apos;s audit history changed%1 since this computer last saw it. This computer verified %2 entries; the server now shows %3 (%4). Tell an administrator: the audit log may have been altered. The verified copy and both signed checkpoints are kept on this computer as evidence.</source>
        <translation>警报：自此计算机上次查看以来，此组织的审计历史%1发生了更改。此计算机已验证 %2 条条目；服务器现在显示 %3 条（%4）。请告知管理员：审计日志可能已被篡改。已验证的副本和两个已签名的检查点均作为证据保存在此计算机上。</translation>
    </message>
    <message>
        <source>Audit history changed%1 since this computer last saw it. Tell an administrator.</source>
        <translation>自此计算机上次查看以来，审计历史%1发生了更改。请告知管理员。</translation>
    </message>
    <message>
        <source>Cannot read the offline audit log.</source>
        <translation>无法读取离线审计日志。</translation>
    </message>
    <message>
        <source>The server&apos;s audit checkpoint is not a valid signed note: %1.</source>
        <translation>服务器的审计检查点不是有效的签名注记：%1。</translation>
    </message>
    <message>
        <source>The server&apos;s audit checkpoint is for another log (%1).</source>
        <translation>服务器的审计检查点属于另一个日志（%1）。</translation>
    </message>
    <message>
        <source>The server&apos;s audit checkpoint is not signed by a key this computer trusts. Compare the server&apos;s signing key fingerprint with your administrator.</source>
        <translation>服务器的审计检查点未由此计算机信任的密钥签名。请与管理员核对服务器签名密钥的指纹。</translation>
    </message>
    <message>
        <source>the log has %1 entries, fewer than the %2 this computer verified</source>
        <translation>日志只有 %1 条条目，少于此计算机已验证的 %2 条</translation>
    </message>
    <message>
        <source>a different root for the same %1 entries</source>
        <translation>相同的 %1 条条目却有不同的根</translation>
    </message>
    <message>
        <source>the consistency proof failed: %1</source>
        <translation>一致性证明失败：%1</translation>
    </message>
    <message>
        <source>the log does not chain: %1</source>
        <translation>日志链接不正确：%1</translation>
    </message>
    <message>
        <source>Cannot write the offline data.</source>
        <translation>无法写入离线数据。</translation>
    </message>
    <message>
        <source>The server did not send the %1 audit entries its checkpoint covers.</source>
        <translation>服务器未发送其检查点所涵盖的 %1 条审计条目。</translation>
    </message>
    <message>
        <source>the entries the server sent do not give the root it signed</source>
        <translation>服务器发送的条目得不出其签名的根</translation>
    </message>
</context>
<context>
    <name>purser::CacheDatabase</name>
    <message>
        <source>No unsent changes would be lost.</source>
        <translation>不会丢失任何未发送的更改。</translation>
    </message>
    <message>
        <source>Purser cannot tell whether unsent changes would be lost.</source>
        <translation>Purser 无法判断是否会丢失未发送的更改。</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here and not yet sent to the server would be lost.</source>
        <translation>
            <numerusform>在此处所做、尚未发送到服务器的 %n 项更改将会丢失。</numerusform>
        </translation>
    </message>
    <message>
        <source>The offline data is locked because %1 did not answer: %2</source>
        <translation>离线数据已锁定，因为%1没有响应：%2</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be opened: its key is missing from %1. You can discard it and download it again from the server. %2</source>
        <translation>无法打开此计算机上的离线数据：%1中缺少其密钥。您可以丢弃它并从服务器重新下载。%2</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be opened: its key in %1 is not valid. You can discard it and download it again. %2</source>
        <translation>无法打开此计算机上的离线数据：%1中的密钥无效。您可以丢弃它并重新下载。%2</translation>
    </message>
    <message>
        <source>Cannot keep the offline data&apos;s key in %1: %2</source>
        <translation>无法将离线数据的密钥保存在%1中：%2</translation>
    </message>
    <message>
        <source>Cannot create the folder for offline data.</source>
        <translation>无法创建离线数据文件夹。</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be read: its key does not match or the file is damaged. You can discard it and download it again from the server. %1</source>
        <translation>无法读取此计算机上的离线数据：密钥不匹配或文件已损坏。您可以丢弃它并从服务器重新下载。%1</translation>
    </message>
    <message>
        <source>Cannot open the offline data: %1</source>
        <translation>无法打开离线数据：%1</translation>
    </message>
    <message>
        <source>The offline data on this computer is damaged. You can discard it and download it again from the server. %1</source>
        <translation>此计算机上的离线数据已损坏。您可以丢弃它并从服务器重新下载。%1</translation>
    </message>
    <message>
        <source>Cannot prepare the offline data: %1</source>
        <translation>无法准备离线数据：%1</translation>
    </message>
    <message>
        <source>Cannot delete the offline data file.</source>
        <translation>无法删除离线数据文件。</translation>
    </message>
</context>
<context>
    <name>purser::CertificateTrustDialog</name>
    <message>
        <source>Unknown server certificate</source>
        <translation>未知的服务器证书</translation>
    </message>
    <message>
        <source>The server at &lt;b&gt;%1&lt;/b&gt; presented a certificate that this computer does not trust. Trust it only if your administrator gave you the same fingerprint. Purser will remember it and refuse the server if the certificate ever changes.</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; 上的服务器提供了此计算机不信任的证书。仅当管理员给您的指纹与之相同时才信任它。Purser 会记住它，若证书日后更改将拒绝该服务器。</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>颁发给：</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>颁发者：</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>有效期自：</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>有效期至：</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>SHA-256 指纹：</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>信任(&amp;T)</translation>
    </message>
</context>
<context>
    <name>purser::ClaimFormDialog</name>
    <message>
        <source>New claim</source>
        <translation>新建报销</translation>
    </message>
    <message>
        <source>e.g. 42.50</source>
        <translation>例如 42.50</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>类别(&amp;C)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>说明(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>金额(&amp;A)（%1）：</translation>
    </message>
    <message>
        <source>&amp;Incurred on:</source>
        <translation>发生日期(&amp;I)：</translation>
    </message>
    <message>
        <source>Say what the claim is for.</source>
        <translation>请说明报销用途。</translation>
    </message>
    <message numerus="yes">
        <source>The amount must be a positive number with at most %n decimal(s).</source>
        <translation>
            <numerusform>金额必须是正数，最多 %n 位小数。</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit draft claim</source>
        <translation>编辑报销草稿</translation>
    </message>
</context>
<context>
    <name>purser::ClaimsView</name>
    <message>
        <source>&amp;New claim…</source>
        <translation>新建报销(&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>拒绝(&amp;J)…</translation>
    </message>
    <message>
        <source>You cannot review your own claim.</source>
        <translation>您不能审核自己的报销。</translation>
    </message>
    <message>
        <source>Incurred on</source>
        <translation>发生日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>报销状态</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>报销</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>状态：</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>标记为已付(&amp;P)</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>正在上传</translation>
    </message>
    <message>
        <source>Select a claim to attach receipts.</source>
        <translation>选择一项报销以附加收据。</translation>
    </message>
    <message>
        <source>Receipts attach only while a claim is draft or submitted.</source>
        <translation>仅当报销为草稿或已提交状态时才能附加收据。</translation>
    </message>
    <message>
        <source>You may not attach receipts to this claim.</source>
        <translation>您不能向此报销附加收据。</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>已排队</translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation>拒绝报销</translation>
    </message>
    <message>
        <source>Why is this claim rejected? The claimant sees this note.</source>
        <translation>为什么拒绝此报销？申请人会看到此说明。</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>已上传</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>申请人</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>审核人</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>审核备注</translation>
    </message>
    <message>
        <source>Ed&amp;it draft…</source>
        <translation>编辑草稿(&amp;I)…</translation>
    </message>
    <message>
        <source>De&amp;lete draft…</source>
        <translation>删除草稿(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete draft claim</source>
        <translation>删除报销草稿</translation>
    </message>
    <message>
        <source>Delete the draft claim “%1”?</source>
        <translation>删除报销草稿“%1”？</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>purser::DialogUserPrompts</name>
    <message>
        <source>Offline data cannot be opened</source>
        <translation>无法打开离线数据</translation>
    </message>
    <message>
        <source>Discarding it loses %n change(s) made on this computer that have not reached the server yet.</source>
        <translation>丢弃它会丢失在此计算机上所做、尚未到达服务器的 %n 项更改。</translation>
    </message>
    <message>
        <source>Purser cannot tell whether changes made on this computer would be lost.</source>
        <translation>Purser 无法判断在此计算机上所做的更改是否会丢失。</translation>
    </message>
    <message>
        <source>No unsent changes would be lost.</source>
        <translation>不会丢失任何未发送的更改。</translation>
    </message>
    <message>
        <source>Discard and download again</source>
        <translation>丢弃并重新下载</translation>
    </message>
    <message>
        <source>Keep it and work online only</source>
        <translation>保留并仅在线工作</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>退出登录</translation>
    </message>
    <message>
        <source>Sign out of Purser on this computer?</source>
        <translation>要在此计算机上退出 Purser 吗？</translation>
    </message>
    <message>
        <source>%n change(s) made here have not reached the server yet. Removing the offline data loses them.</source>
        <translation>在此处所做的 %n 项更改尚未到达服务器。删除离线数据会丢失这些更改。</translation>
    </message>
    <message>
        <source>The offline data stays encrypted on this computer unless you remove it.</source>
        <translation>除非您将其删除，离线数据会以加密形式保留在此计算机上。</translation>
    </message>
    <message>
        <source>Sign out and remove offline data</source>
        <translation>退出登录并删除离线数据</translation>
    </message>
</context>
<context>
    <name>purser::EmployeeFormDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>编辑 %1</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>添加员工</translation>
    </message>
    <message>
        <source>Employee &amp;no.:</source>
        <translation>员工编号(&amp;N)：</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>全名(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>部门(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>职位(&amp;P)：</translation>
    </message>
    <message>
        <source>Employment &amp;type:</source>
        <translation>雇佣类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>开始日期(&amp;S)：</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>结束日期(&amp;D)：</translation>
    </message>
    <message>
        <source>none</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
    <message>
        <source>National &amp;ID:</source>
        <translation>身份证号(&amp;I)：</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>银行(&amp;B)：</translation>
    </message>
    <message>
        <source>Bank &amp;account:</source>
        <translation>银行账户(&amp;A)：</translation>
    </message>
    <message>
        <source>Base &amp;salary (%1):</source>
        <translation>基本工资(&amp;S)（%1）：</translation>
    </message>
    <message numerus="yes">
        <source>An amount such as 5250.00 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>金额，例如 5250.00（最多 %n 位小数）。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>purser::EmployeeImport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an import file may have at most %3 MiB.</source>
        <translation>%1 大小为 %2 MiB；导入文件最多 %3 MiB。</translation>
    </message>
    <message>
        <source>%1 changed while it was being read. Import it again once it is complete.</source>
        <translation>%1 在读取时发生了变化。请在文件完整后重新导入。</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>该文件不是 UTF-8 文本（第 %1 行）。请另存为“CSV UTF-8”后重试。</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>该文件为空。</translation>
    </message>
    <message>
        <source>%1 starts like a spreadsheet formula</source>
        <translation>%1 以电子表格公式开头</translation>
    </message>
    <message>
        <source>employee number %1 is already in the organisation</source>
        <translation>员工编号 %1 已在组织中</translation>
    </message>
    <message>
        <source>employee number %1 is also on line %2</source>
        <translation>员工编号 %1 也出现在第 %2 行</translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot;</source>
        <translation>未知部门“%1”</translation>
    </message>
    <message>
        <source>the organisation spells department &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>本组织将部门“%1”写作“%2”</translation>
    </message>
    <message>
        <source>the national ID is not in this country&apos;s format</source>
        <translation>身份证号不符合该国家的格式</translation>
    </message>
    <message>
        <source>the salary is not an amount</source>
        <translation>工资不是金额</translation>
    </message>
    <message>
        <source>the salary is in %1, the organisation pays in %2</source>
        <translation>工资以 %1 计，组织以 %2 支付</translation>
    </message>
    <message>
        <source>the salary has more decimals than %1 has</source>
        <translation>工资的小数位多于 %1 允许的位数</translation>
    </message>
</context>
<context>
    <name>purser::EmployeesView</name>
    <message>
        <source>Search employees</source>
        <translation>搜索员工</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>所有部门</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>任何状态</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>任何类型</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>雇佣类型</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>全职</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Employee details</source>
        <translation>员工详情</translation>
    </message>
    <message>
        <source>Select an employee to see the details.</source>
        <translation>选择一名员工以查看详情。</translation>
    </message>
    <message>
        <source>The change could not be written to the offline data.</source>
        <translation>无法将更改写入离线数据。</translation>
    </message>
    <message>
        <source>&amp;Add employee…</source>
        <translation>添加员工(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an employee (%1)</source>
        <translation>添加员工（%1）</translation>
    </message>
    <message>
        <source>End e&amp;mployment…</source>
        <translation>结束雇佣(&amp;M)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>删除(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete a record created by mistake</source>
        <translation>删除误建的记录</translation>
    </message>
    <message>
        <source>End the employment of %1</source>
        <translation>结束 %1 的雇佣</translation>
    </message>
    <message>
        <source>Delete employee</source>
        <translation>删除员工</translation>
    </message>
    <message>
        <source>Delete %1 (%2)?</source>
        <translation>删除 %1（%2）？</translation>
    </message>
    <message>
        <source>Only for a record created by mistake: the record is removed for everyone. To record that someone left, use End employment instead.</source>
        <translation>仅用于误建的记录：该记录将对所有人删除。如需记录某人离职，请改用“结束雇佣”。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>未删除</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>%1 未被删除。</translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation>导入员工</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>CSV 文件 (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export employees</source>
        <translation>导出员工</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Export &amp;personal data…</source>
        <translation>导出个人数据(&amp;P)…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>导出个人数据</translation>
    </message>
    <message>
        <source>Everything about the selected person, signed and verifiable, for an access request</source>
        <translation>所选人员的全部数据，已签名且可验证，用于查阅请求</translation>
    </message>
    <message>
        <source>Choose where to save the personal data</source>
        <translation>选择保存个人数据的位置</translation>
    </message>
    <message>
        <source>Exporting the personal data of %1…</source>
        <translation>正在导出 %1 的个人数据…</translation>
    </message>
    <message>
        <source>The personal data of %1 was saved to %2.

It holds %3.

The folder is signed by the server&apos;s key %4; &quot;purser verify-person-export&quot; checks it on any computer.</source>
        <translation>%1 的个人数据已保存到 %2。

其中包含 %3。

该文件夹由服务器密钥 %4 签名；可在任何计算机上用 &quot;purser verify-person-export&quot; 验证。</translation>
    </message>
</context>
<context>
    <name>purser::ExportFolder</name>
    <message>
        <source>%1 already exists and is not an empty folder. Choose a new folder name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write %1 (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read back %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write manifest.json (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is no longer empty; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot move the export into %1; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>purser::IdleLock</name>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no offline check of your password yet. Connect to the server to unlock, or sign out.</source>
        <translation>无法连接服务器，而这台电脑尚未保存离线校验您密码所需的信息。请连接服务器后解锁，或退出登录。</translation>
    </message>
</context>
<context>
    <name>purser::ImportEmployeesDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation>导入员工</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>（文件中没有）</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>%1 对应的列</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>行</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Rows and their problems</source>
        <translation>各行及其问题</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>报告</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>导入进度</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>就绪</translation>
    </message>
    <message>
        <source>%1 row(s) ready to import, %2 with problems (not imported).</source>
        <translation>%1 行可导入，%2 行有问题（不导入）。</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>导入 %n 行(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued %1 of %2 row(s); sent %3; refused %4.</source>
        <translation>已排队 %1/%2 行；已发送 %3；被拒绝 %4。</translation>
    </message>
    <message>
        <source>Offline: they are sent when the server answers again.</source>
        <translation>离线：服务器恢复响应后将发送。</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>正在读取 %1…</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>正在检查第 %1 行（共 %2 行）…</translation>
    </message>
    <message>
        <source>Cannot write to the offline data.</source>
        <translation>无法写入离线数据。</translation>
    </message>
</context>
<context>
    <name>purser::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>解锁(&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>Purser is locked</source>
        <translation>Purser 已锁定</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purser is locked&lt;/b&gt;</source>
        <translation>&lt;b&gt;Purser 已锁定&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Account password</source>
        <translation>账户密码</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your account password to continue, or sign out.</source>
        <translation>已以 %1 身份登录。请输入账户密码以继续，或退出登录。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入密码。</translation>
    </message>
</context>
<context>
    <name>purser::MainWindow</name>
    <message>
        <source>Purser</source>
        <translation>Purser</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>立即同步(&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>退出登录(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Purser</source>
        <translation>关于 Purser(&amp;A)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>视图</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>About Purser</source>
        <translation>关于 Purser</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purser %1&lt;/b&gt;&lt;p&gt;Desktop admin client for HR, payroll and finance data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Purser %1&lt;/b&gt;&lt;p&gt;用于人事、工资和财务数据的桌面管理客户端。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My payslips</source>
        <translation>我的工资单</translation>
    </message>
    <message>
        <source>&amp;Import employees…</source>
        <translation>导入员工(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export employees…</source>
        <translation>导出员工(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>账户(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;My account…</source>
        <translation>我的账户(&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>立即锁定(&amp;L)</translation>
    </message>
</context>
<context>
    <name>purser::MyAccountDialog</name>
    <message>
        <source>My account</source>
        <translation>我的账户</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>密码(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Two-factor</source>
        <translation>双重验证(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>会话(&amp;S)</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>当前密码</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>新密码</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>再次输入新密码</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>更改密码(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>当前密码(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>新密码(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>再次输入(&amp;R)：</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>新密码至少需要 %1 个字符。</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>两次输入的新密码不一致。</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>正在更改密码…</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>当前密码错误。</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>密码已更改。您的其他会话已退出登录。</translation>
    </message>
    <message>
        <source>This needs a connection to the server, and Purser is offline. Nothing was changed or queued; try again when the server can be reached.</source>
        <translation>此操作需要连接服务器，而 Purser 当前处于离线状态。没有任何更改，也没有排队；请在能连接服务器时重试。</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this needs a connection. Nothing was changed or queued; try again when the server can be reached.</source>
        <translation>无法连接服务器，而此操作需要连接。没有任何更改，也没有排队；请在能连接服务器时重试。</translation>
    </message>
</context>
<context>
    <name>purser::MyPayslipsView</name>
    <message>
        <source>&amp;Open as PDF</source>
        <translation>以 PDF 打开(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>另存为 PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>发薪日</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>实发</translation>
    </message>
    <message>
        <source>My payslips</source>
        <translation>我的工资单</translation>
    </message>
    <message>
        <source>Open as PDF</source>
        <translation>以 PDF 打开</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>工资单</translation>
    </message>
    <message>
        <source>Cannot write the payslip&apos;s PDF.</source>
        <translation>无法写入工资单 PDF。</translation>
    </message>
    <message>
        <source>Save payslip</source>
        <translation>保存工资单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>purser::NetPayChart</name>
    <message>
        <source>Net pay per period</source>
        <translation>每期实发工资</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>实发工资</translation>
    </message>
    <message>
        <source>Net pay per period (%1)</source>
        <translation>每期实发工资（%1）</translation>
    </message>
</context>
<context>
    <name>purser::OrgApiKeysPanel</name>
    <message>
        <source>C&amp;reate key</source>
        <translation>创建密钥(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;voke key…</source>
        <translation>吊销密钥(&amp;V)…</translation>
    </message>
    <message>
        <source>Name of the new API key</source>
        <translation>新 API 密钥的名称</translation>
    </message>
    <message>
        <source>What uses it, e.g. Ledger sync</source>
        <translation>使用它的程序，例如：账本同步</translation>
    </message>
    <message>
        <source>Role of the new API key</source>
        <translation>新 API 密钥的角色</translation>
    </message>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>Days until the new API key expires</source>
        <translation>新 API 密钥的有效天数</translation>
    </message>
    <message>
        <source>Create the API key</source>
        <translation>创建 API 密钥</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>前缀</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>创建者</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Revoke the selected API key</source>
        <translation>吊销所选 API 密钥</translation>
    </message>
    <message>
        <source>API keys problem</source>
        <translation>API 密钥问题</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>有效期(&amp;E)：</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>前成员</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message>
        <source>Give the key a name that says what uses it.</source>
        <translation>请为密钥起一个能说明用途的名称。</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>吊销 API 密钥</translation>
    </message>
    <message>
        <source>Revoke the API key &quot;%1&quot; (%2)? Programs using it stop working at once.</source>
        <translation>吊销 API 密钥“%1”（%2）？使用它的程序将立即停止工作。</translation>
    </message>
</context>
<context>
    <name>purser::OrgInvitationsPanel</name>
    <message>
        <source>&amp;Invite</source>
        <translation>邀请(&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy invitation link</source>
        <translation>复制邀请链接(&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;voke invitation…</source>
        <translation>撤销邀请(&amp;V)…</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>要邀请的电子邮件地址</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Role of the invited person</source>
        <translation>受邀者的角色</translation>
    </message>
    <message>
        <source>Send the invitation</source>
        <translation>发送邀请</translation>
    </message>
    <message>
        <source>Email address problem</source>
        <translation>电子邮件地址问题</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>邀请链接</translation>
    </message>
    <message>
        <source>The link of a new invitation appears here, once</source>
        <translation>新邀请的链接将在此显示，仅一次</translation>
    </message>
    <message>
        <source>Copy the invitation link</source>
        <translation>复制邀请链接</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>邀请人</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>待处理的邀请</translation>
    </message>
    <message>
        <source>Revoke the selected invitation</source>
        <translation>撤销所选邀请</translation>
    </message>
    <message>
        <source>Invitations problem</source>
        <translation>邀请问题</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>角色(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>链接(&amp;L)：</translation>
    </message>
    <message>
        <source>Enter the email address to invite.</source>
        <translation>请输入要邀请的电子邮件地址。</translation>
    </message>
    <message>
        <source>The server refused: this organisation only invites addresses in the domains its owner allows (Security settings).</source>
        <translation>服务器拒绝：此组织只邀请所有者允许的域名中的地址（安全设置）。</translation>
    </message>
    <message>
        <source>The server refused this address: %1</source>
        <translation>服务器拒绝了此地址：%1</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>撤销邀请</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once.</source>
        <translation>撤销对 %1 的邀请？其链接将立即失效。</translation>
    </message>
</context>
<context>
    <name>purser::OrgMembersPanel</name>
    <message>
        <source>Change &amp;role</source>
        <translation>更改角色(&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move from organisation…</source>
        <translation>从组织中移除(&amp;M)…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>双重验证</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>新角色</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s role</source>
        <translation>更改所选成员的角色</translation>
    </message>
    <message>
        <source>Remove the selected member from the organisation</source>
        <translation>将所选成员从组织中移除</translation>
    </message>
    <message>
        <source>Members problem</source>
        <translation>成员问题</translation>
    </message>
    <message>
        <source>On</source>
        <translation>已开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>未开启</translation>
    </message>
    <message>
        <source>The server refused: an organisation keeps at least one owner. Make another member an owner first.</source>
        <translation>服务器拒绝：组织至少要保留一位所有者。请先将另一位成员设为所有者。</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>移除成员</translation>
    </message>
    <message>
        <source>Remove %1 from the organisation? Their API keys here are revoked too.</source>
        <translation>将 %1 从组织中移除？其在此处的 API 密钥也会被吊销。</translation>
    </message>
</context>
<context>
    <name>purser::OrgSecurityPanel</name>
    <message>
        <source>Require &amp;two-factor sign-in for every member</source>
        <translation>要求每位成员使用双重验证登录(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save security settings</source>
        <translation>保存安全设置(&amp;S)</translation>
    </message>
    <message>
        <source>Require two-factor sign-in</source>
        <translation>要求双重验证登录</translation>
    </message>
    <message>
        <source>Allowed email domains, one per line</source>
        <translation>允许的电子邮件域名，每行一个</translation>
    </message>
    <message>
        <source>One domain per line, e.g. example.com; empty: any</source>
        <translation>每行一个域名，例如 example.com；留空：任何域名</translation>
    </message>
    <message>
        <source>Allowed email domains as the server matches them</source>
        <translation>服务器匹配时使用的允许域名</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Largest receipt upload in MiB</source>
        <translation>收据上传的最大大小（MiB）</translation>
    </message>
    <message>
        <source>Save the security settings</source>
        <translation>保存安全设置</translation>
    </message>
    <message>
        <source>Security settings problem</source>
        <translation>安全设置问题</translation>
    </message>
    <message>
        <source>Allowed email &amp;domains:</source>
        <translation>允许的电子邮件域名(&amp;D)：</translation>
    </message>
    <message>
        <source>Matched as:</source>
        <translation>匹配形式：</translation>
    </message>
    <message>
        <source>Largest &amp;receipt:</source>
        <translation>最大收据(&amp;R)：</translation>
    </message>
    <message>
        <source>Any domain may be invited.</source>
        <translation>任何域名都可以被邀请。</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>服务器拒绝：%1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
</context>
<context>
    <name>purser::OrganisationView</name>
    <message>
        <source>Organisation administration</source>
        <translation>组织管理</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>成员(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>邀请(&amp;I)</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>API 密钥(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>安全(&amp;S)</translation>
    </message>
</context>
<context>
    <name>purser::Outbox</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>无法读取 %1。</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; this organisation accepts receipts up to %3 KiB.</source>
        <translation>%1 大小为 %2 KiB；本组织接受的收据最大为 %3 KiB。</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG, PNG or WEBP file.</source>
        <translation>%1 不是 PDF、JPEG、PNG 或 WEBP 文件。</translation>
    </message>
    <message>
        <source>The file to upload is gone or is no longer a receipt.</source>
        <translation>要上传的文件已不存在或不再是收据。</translation>
    </message>
    <message>
        <source>Cannot write the offline data.</source>
        <translation>无法写入离线数据。</translation>
    </message>
</context>
<context>
    <name>purser::OutboxFormDialog</name>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>必填。</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD.</source>
        <translation>日期，格式 YYYY-MM-DD。</translation>
    </message>
    <message>
        <source>An email address.</source>
        <translation>电子邮件地址。</translation>
    </message>
    <message>
        <source>Already in use in this organisation.</source>
        <translation>该组织中已在使用。</translation>
    </message>
    <message>
        <source>Too early: %1.</source>
        <translation>过早：%1。</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>最多 200 个字符。</translation>
    </message>
    <message>
        <source>Not negative.</source>
        <translation>不能为负数。</translation>
    </message>
    <message>
        <source>Must not start with =, +, -, @, a tab or a line break.</source>
        <translation>不能以 =、+、-、@、制表符或换行开头。</translation>
    </message>
    <message>
        <source>Written &quot;%1&quot; in this organisation.</source>
        <translation>本组织写作“%1”。</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>%1 的问题</translation>
    </message>
    <message>
        <source>The change could not be written to the offline data.</source>
        <translation>无法将更改写入离线数据。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>正在发送…</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>服务器拒绝了。</translation>
    </message>
    <message>
        <source>No tabs, line breaks or other control characters.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>purser::PassphraseDialog</name>
    <message>
        <source>Choose a Purser passphrase</source>
        <translation>设置 Purser 密码短语</translation>
    </message>
    <message>
        <source>Unlock Purser</source>
        <translation>解锁 Purser</translation>
    </message>
    <message>
        <source>No system keychain works on this computer, so Purser protects your session and offline data with a passphrase instead. Choose one of at least %1 characters; it cannot be recovered.</source>
        <translation>此计算机上没有可用的系统钥匙串，因此 Purser 改用密码短语保护您的会话和离线数据。请设置至少 %1 个字符的密码短语；它无法找回。</translation>
    </message>
    <message>
        <source>Enter your Purser passphrase to unlock your session and offline data.</source>
        <translation>输入 Purser 密码短语以解锁您的会话和离线数据。</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>密码短语(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>重复(&amp;R)：</translation>
    </message>
    <message>
        <source>Use passphrase</source>
        <translation>使用密码短语</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>解锁</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>钥匙串：%1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>两次输入的密码短语不同。</translation>
    </message>
</context>
<context>
    <name>purser::PassphraseSecretStore</name>
    <message>
        <source>your Purser passphrase</source>
        <translation>您的 Purser 密码短语</translation>
    </message>
    <message>
        <source>Cannot read the passphrase-protected secrets file.</source>
        <translation>无法读取受密码短语保护的机密文件。</translation>
    </message>
    <message>
        <source>The passphrase-protected secrets file is damaged.</source>
        <translation>受密码短语保护的机密文件已损坏。</translation>
    </message>
    <message>
        <source>Cannot write the passphrase-protected secrets file.</source>
        <translation>无法写入受密码短语保护的机密文件。</translation>
    </message>
    <message>
        <source>The passphrase must be at least 8 characters long.</source>
        <translation>密码短语至少需要 8 个字符。</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>内存不足，无法从密码短语派生密钥。</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>密码短语不正确。</translation>
    </message>
    <message>
        <source>The passphrase has not been entered.</source>
        <translation>尚未输入密码短语。</translation>
    </message>
    <message>
        <source>A secret in the passphrase-protected file is damaged.</source>
        <translation>受密码短语保护的文件中有一项机密已损坏。</translation>
    </message>
</context>
<context>
    <name>purser::PayrollRunDialog</name>
    <message>
        <source>Start a payroll run</source>
        <translation>开始一次工资发放</translation>
    </message>
    <message>
        <source>Period &amp;start:</source>
        <translation>期间开始(&amp;S)：</translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation>期间结束(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Pay date:</source>
        <translation>发薪日(&amp;P)：</translation>
    </message>
</context>
<context>
    <name>purser::PayrollView</name>
    <message>
        <source>&amp;Submit</source>
        <translation>提交(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>批准(&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>标记为已付(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Return with note…</source>
        <translation>附说明退回(&amp;R)…</translation>
    </message>
    <message>
        <source>Four eyes: a run is approved by a different person than the one who submitted it. Approved and paid runs are locked.</source>
        <translation>四眼原则：工资单必须由提交人以外的人批准。已批准和已支付的工资单将被锁定。</translation>
    </message>
    <message>
        <source>You submitted this run, so someone else must approve it.</source>
        <translation>此工资单由您提交，必须由其他人批准。</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>期间开始</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>期间结束</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>发薪日</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>应发</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣款</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>实发</translation>
    </message>
    <message>
        <source>Payroll runs</source>
        <translation>工资单</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>工资条</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>退回草稿</translation>
    </message>
    <message>
        <source>Why is this run going back? The preparer sees this note.</source>
        <translation>为什么退回此工资单？编制人会看到此说明。</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>S&amp;tart a run…</source>
        <translation>开始发放(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>删除草稿(&amp;D)…</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>(not in the offline data)</source>
        <translation>（离线数据中没有）</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>删除草稿</translation>
    </message>
    <message>
        <source>Delete the draft run for %1 to %2?</source>
        <translation>删除 %1 至 %2 的草稿发放？</translation>
    </message>
    <message>
        <source>Its payslips are deleted with it. Only a draft can be deleted.</source>
        <translation>其工资单将一并删除。只有草稿可以删除。</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Pa&amp;yslip as PDF…</source>
        <translation>工资单 PDF(&amp;Y)…</translation>
    </message>
    <message>
        <source>All pa&amp;yslips as PDFs…</source>
        <translation>全部工资单 PDF(&amp;Y)…</translation>
    </message>
    <message>
        <source>Save payslip</source>
        <translation>保存工资单</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>工资单</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>无法写入 %1。</translation>
    </message>
    <message>
        <source>Folder for every payslip of this run</source>
        <translation>保存本次发放全部工资单的文件夹</translation>
    </message>
</context>
<context>
    <name>purser::PayslipPdf</name>
    <message>
        <source>Payslip</source>
        <translation>工资单</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>发薪日</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>应发工资</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>实发工资</translation>
    </message>
</context>
<context>
    <name>purser::PersonalDataExport</name>
    <message numerus="yes">
        <source>%n payslip(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n claim(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n receipt(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n disclosure(s) in the past year</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Asking the server for the person&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no employee with the id or number &quot;%1&quot; in this organisation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role may not export personal data: only an owner or an admin of the organisation can. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such employee in this organisation. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many personal-data exports in the last hour. Try again later; nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed: %1 Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had already answered this request and sends the personal data only once. Start the export again. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer is not a personal-data export. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching receipt %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt %1 could not be fetched: %2 Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The receipt %1 the server sent differs from the one its record names. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write summary.pdf. Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer does not verify, so it was not saved. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the personal data of %1 to %2: %3. Signing key %4%5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, which you trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (compare it with your organisation&apos;s signing key)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>purser::PersonalDataSummary</name>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>休假中</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>已离职</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>全职</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>兼职</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>合同</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>实习</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>已提交</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>已批准</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>已拒绝</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已支付</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>差旅</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>餐饮</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>培训</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>医疗</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>人力资源</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>%1 的个人数据</translation>
    </message>
    <message>
        <source>Held by %1. Exported %2 at the request of %3.</source>
        <translation>由 %1 持有。于 %2 应 %3 的请求导出。</translation>
    </message>
    <message>
        <source>This summary is for reading. The signed record is person.json in the same folder; &quot;purser verify-person-export&quot; checks it.</source>
        <translation>本摘要仅供阅读。已签名的记录是同一文件夹中的 person.json；可用 &quot;purser verify-person-export&quot; 验证。</translation>
    </message>
    <message>
        <source>Employee record</source>
        <translation>员工记录</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>员工编号</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>电子邮件</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>部门</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>职位</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>雇佣类型</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>入职日期</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>离职日期</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>身份证号</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>银行</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>银行账户</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>基本工资</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>工资单</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 至 %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>期间</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>发薪日</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>应发工资</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>扣除</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>实发工资</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>发薪批次状态</translation>
    </message>
    <message>
        <source>No payslips.</source>
        <translation>没有工资单。</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>费用报销</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>类别</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>说明</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>收据</translation>
    </message>
    <message>
        <source>No expense claims.</source>
        <translation>没有费用报销。</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>账户</translation>
    </message>
    <message>
        <source>No user account is linked to this employee.</source>
        <translation>此员工没有关联的用户账户。</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>显示名称</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建于</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>双重验证登录</translation>
    </message>
    <message>
        <source>On</source>
        <translation>开启</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>角色</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>加入时间</translation>
    </message>
    <message>
        <source>No membership in this organisation.</source>
        <translation>不是本组织的成员。</translation>
    </message>
    <message>
        <source>Audit log entries about or by this person</source>
        <translation>关于此人或由此人产生的审计日志条目</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>人员</translation>
    </message>
    <message>
        <source>What</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>没有条目。</translation>
    </message>
    <message numerus="yes">
        <source>%n further entries this person made are about other people&apos;s records; they are other people&apos;s data and are not included.</source>
        <translation>
            <numerusform>此人另有 %n 条条目涉及他人的记录；这些属于他人的数据，未包含在内。</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosures of this person&apos;s data in the past year</source>
        <translation>过去一年中此人数据的披露</translation>
    </message>
    <message>
        <source>No disclosures.</source>
        <translation>没有披露。</translation>
    </message>
</context>
<context>
    <name>purser::PersonalDataVerifier</name>
    <message>
        <source>Verification FAILED: %1</source>
        <translation type="unfinished">验证失败：%1。 {1?}</translation>
    </message>
    <message>
        <source>manifest.json is missing from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json is not a personal-data export manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>manifest.json lists &quot;%1&quot;, which is not a file of the export.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the manifest: it was added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the manifest does not list %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person.json is not the canonical JSON the server signed: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-proofs.json is damaged: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in person.json was changed: it does not hash to its recorded hash.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in person.json is not proven by the signed checkpoint: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit-proofs.json: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not any receipt of person.json: it was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a receipt of person.json has no file in receipts/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature.note does not verify with the export&apos;s key: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person.json was changed after the server signed it (its SHA-256 differs from signature.note).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signature.note names another organisation, person, server or time than person.json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was changed: its SHA-256 differs from the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>person.json, %1 receipt(s) and %2 audit entries, signed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NOT VERIFIED: the export is consistent (%1), but it is signed by key %2, which is not a key you trust. Compare that fingerprint with your organisation&apos;s signing key and pass --trusted-key FINGERPRINT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verified: %1, key %2, which you trust.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>purser::ReceiptDropArea</name>
    <message>
        <source>not a PDF, JPEG, PNG or WEBP file (checked by content)</source>
        <translation>不是 PDF、JPEG、PNG 或 WEBP 文件（按内容检查）</translation>
    </message>
    <message>
        <source>&amp;Add receipts…</source>
        <translation>添加收据(&amp;A)…</translation>
    </message>
    <message>
        <source>Receipt drop area</source>
        <translation>收据拖放区</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG, PNG or WEBP receipts here</source>
        <translation>将 PDF、JPEG、PNG 或 WEBP 收据拖放到此处</translation>
    </message>
    <message>
        <source>Receipt files</source>
        <translation>收据文件</translation>
    </message>
    <message>
        <source>Add receipts</source>
        <translation>添加收据</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>收据 (*.pdf *.jpg *.jpeg *.png *.webp);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Drop receipts here (PDF, JPEG, PNG, WEBP; up to %1 each)</source>
        <translation>将收据拖放到此处（PDF、JPEG、PNG、WEBP；每个最大 %1）</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>不是文件</translation>
    </message>
    <message>
        <source>too large: %1, the limit is %2</source>
        <translation>太大：%1，上限为 %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>无法读取</translation>
    </message>
    <message>
        <source>%1 — queued</source>
        <translation>%1 — 已排队</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — 已拒绝：%2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3%)</source>
        <translation>%1 — %2（%3%）</translation>
    </message>
</context>
<context>
    <name>purser::ReceiptList</name>
    <message>
        <source>&amp;Open receipt</source>
        <translation>打开收据(&amp;O)</translation>
    </message>
    <message>
        <source>Receipts of the selected claim</source>
        <translation>所选报销的收据</translation>
    </message>
    <message>
        <source>Receipts:</source>
        <translation>收据：</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>正在打开 %1…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>无法打开 %1：%2</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG, PNG or WEBP file.</source>
        <translation>%1 不是 PDF、JPEG、PNG 或 WEBP 文件。</translation>
    </message>
    <message>
        <source>%1 cannot be shown: the picture is damaged.</source>
        <translation>无法显示 %1：图片已损坏。</translation>
    </message>
    <message>
        <source>Cannot keep %1 for the PDF viewer.</source>
        <translation>无法为 PDF 查看器保存 %1。</translation>
    </message>
    <message>
        <source>No PDF viewer could open %1.</source>
        <translation>没有 PDF 查看器能打开 %1。</translation>
    </message>
    <message>
        <source>Receipt — %1</source>
        <translation>收据 — %1</translation>
    </message>
    <message>
        <source>Receipt image %1</source>
        <translation>收据图片 %1</translation>
    </message>
</context>
<context>
    <name>purser::RecordActionBar</name>
    <message>
        <source>Why an action is unavailable</source>
        <translation>操作不可用的原因</translation>
    </message>
</context>
<context>
    <name>purser::RecordNames</name>
    <message>
        <source>Payroll %1 – %2</source>
        <translation>工资 %1 – %2</translation>
    </message>
    <message>
        <source>Claim “%1”</source>
        <translation>报销“%1”</translation>
    </message>
    <message>
        <source>Receipt of %1</source>
        <translation>%1 的收据</translation>
    </message>
</context>
<context>
    <name>purser::Session</name>
    <message>
        <source>The server&apos;s sign-in answer is incomplete.</source>
        <translation>服务器的登录响应不完整。</translation>
    </message>
    <message>
        <source>The server&apos;s session answer is incomplete.</source>
        <translation>服务器的会话响应不完整。</translation>
    </message>
    <message>
        <source>You are not a member of any organisation.</source>
        <translation>您不是任何组织的成员。</translation>
    </message>
</context>
<context>
    <name>purser::SessionHeader</name>
    <message>
        <source>No organisation</source>
        <translation>无组织</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1（%2）· %3</translation>
    </message>
</context>
<context>
    <name>purser::SessionStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>系统钥匙串不可用：%1</translation>
    </message>
</context>
<context>
    <name>purser::SessionsPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>刷新(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Revoke session</source>
        <translation>撤销会话(&amp;R)</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>我的会话</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>设备</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>上次使用</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>地址</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>未知设备</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1（本会话）</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n 个会话。</numerusform>
        </translation>
    </message>
    <message>
        <source>Session revoked.</source>
        <translation>会话已撤销。</translation>
    </message>
</context>
<context>
    <name>purser::SettingsView</name>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>同步间隔(&amp;E)：</translation>
    </message>
    <message>
        <source>Offline data:</source>
        <translation>离线数据：</translation>
    </message>
    <message>
        <source>&amp;Remove offline data…</source>
        <translation>删除离线数据(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Forget this certificate</source>
        <translation>忘记此证书(&amp;F)</translation>
    </message>
    <message>
        <source>Check the &amp;keychain again</source>
        <translation>再次检查钥匙串(&amp;K)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>系统默认</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>同步间隔（分钟）</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>服务器：</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>已固定的证书：</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>机密保存在：</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>钥匙串：</translation>
    </message>
    <message>
        <source>The new language applies the next time Purser starts.</source>
        <translation>新语言将在下次启动 Purser 时生效。</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>正在检查…</translation>
    </message>
    <message>
        <source>Available: your sign-in is stored there.</source>
        <translation>可用：您的登录信息保存在其中。</translation>
    </message>
    <message>
        <source>Available: no sign-in of yours is stored there.</source>
        <translation>可用：其中没有保存您的登录信息。</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>不可用：%1</translation>
    </message>
    <message>
        <source>None pinned</source>
        <translation>未固定</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>系统钥匙串</translation>
    </message>
    <message>
        <source>%1; the offline data is encrypted with a key kept there.</source>
        <translation>%1；离线数据使用保存在其中的密钥加密。</translation>
    </message>
    <message>
        <source>%1. No offline data is open.</source>
        <translation>%1。未打开离线数据。</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>无操作多少分钟后锁定</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>锁定时间(&amp;K)：</translation>
    </message>
    <message>
        <source>Audit signing keys</source>
        <translation>审计签名密钥</translation>
    </message>
    <message>
        <source>This computer&apos;s witness key</source>
        <translation>此计算机的见证方密钥</translation>
    </message>
    <message>
        <source>Required witnesses</source>
        <translation>要求的见证方</translation>
    </message>
    <message>
        <source>Witness key fingerprints, separated by commas</source>
        <translation>见证方密钥指纹，以英文逗号分隔</translation>
    </message>
    <message>
        <source>An export is called verified only when these witnesses (for example two auditors&apos; computers) cosigned its checkpoint.</source>
        <translation>只有当这些见证方（例如两位审计员的计算机）对导出的检查点进行了联合签名时，该导出才被视为已验证。</translation>
    </message>
    <message>
        <source>Audit signing key:</source>
        <translation>审计签名密钥：</translation>
    </message>
    <message>
        <source>Witness key:</source>
        <translation>见证方密钥：</translation>
    </message>
    <message>
        <source>Require &amp;witnesses:</source>
        <translation>要求的见证方(&amp;W)：</translation>
    </message>
    <message>
        <source>Not saved: &quot;%1&quot; is not a witness key fingerprint (64 hexadecimal digits).</source>
        <translation>未保存：“%1”不是见证方密钥指纹（64 位十六进制数字）。</translation>
    </message>
    <message>
        <source>None pinned yet (pinned at the first sync)</source>
        <translation>尚未固定（首次同步时固定）</translation>
    </message>
    <message>
        <source>None yet (made when this computer first cosigns a checkpoint)</source>
        <translation>尚无（此计算机首次对检查点进行联合签名时生成）</translation>
    </message>
</context>
<context>
    <name>purser::SignInDialog</name>
    <message>
        <source>Sign in to Purser</source>
        <translation>登录 Purser</translation>
    </message>
    <message>
        <source>https://purser.example.com:8443</source>
        <translation>https://purser.example.com:8443</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>you@example.com</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>登录</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>正在登录…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>电子邮件(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://purser.example.com:8443.</source>
        <translation>请输入服务器地址，例如 https://purser.example.com:8443。</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>请输入您的电子邮件地址。</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>请输入您的密码。</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>双重验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>密码</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>双重验证码</translation>
    </message>
    <message>
        <source>6 digits, or a backup code</source>
        <translation>6 位数字或备用码</translation>
    </message>
    <message>
        <source>Enter your password and the code from your authenticator app.</source>
        <translation>请输入密码和验证器应用中的验证码。</translation>
    </message>
</context>
<context>
    <name>purser::SyncEngine</name>
    <message>
        <source>You are no longer a member of this organisation.</source>
        <translation>您已不再是该组织的成员。</translation>
    </message>
    <message>
        <source>Cannot write the offline data.</source>
        <translation>无法写入离线数据。</translation>
    </message>
</context>
<context>
    <name>purser::SyncStatusWidget</name>
    <message>
        <source>Online</source>
        <translation>在线</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>上次同步 %1</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>同步进度</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>等待发送的更改</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>立即重试</translation>
    </message>
    <message>
        <source>Retry the connection now</source>
        <translation>立即重试连接</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>尚未同步</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %n item(s)</source>
        <translation>
            <numerusform>正在同步 %1：%n 项</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n 项更改等待中</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit history alarm</source>
        <translation>审计历史警报</translation>
    </message>
</context>
<context>
    <name>purser::TwoFactorPanel</name>
    <message>
        <source>Two-factor is off. With it on, signing in also asks for a code from an authenticator app on your phone.</source>
        <translation>双重验证已关闭。开启后，登录时还需要输入手机验证器应用中的验证码。</translation>
    </message>
    <message>
        <source>Password to turn on two-factor</source>
        <translation>开启双重验证所需的密码</translation>
    </message>
    <message>
        <source>Turn &amp;on two-factor…</source>
        <translation>开启双重验证(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app, or type the secret into it. Then enter the first code the app shows.</source>
        <translation>请用验证器应用扫描此二维码，或手动输入密钥。然后输入应用显示的第一个验证码。</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>用于验证器应用的二维码</translation>
    </message>
    <message>
        <source>First code from the app</source>
        <translation>应用中的第一个验证码</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>密钥：</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>验证码(&amp;C)：</translation>
    </message>
    <message>
        <source>Two-factor is on. These backup codes are shown only now: each signs you in once when your phone is not at hand. Save or print them and keep them somewhere safe.</source>
        <translation>双重验证已开启。这些备用码只显示这一次：手机不在身边时，每个备用码可登录一次。请保存或打印，并妥善保管。</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>备用码</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>保存(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>打印(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Done, I kept them</source>
        <translation>完成，我已保存(&amp;D)</translation>
    </message>
    <message>
        <source>Two-factor is on. To turn it off, enter your password and a code from your app.</source>
        <translation>双重验证已开启。要关闭它，请输入密码和应用中的验证码。</translation>
    </message>
    <message>
        <source>Password to turn off two-factor</source>
        <translation>关闭双重验证所需的密码</translation>
    </message>
    <message>
        <source>Code to turn off two-factor</source>
        <translation>关闭双重验证所需的验证码</translation>
    </message>
    <message>
        <source>Turn o&amp;ff two-factor</source>
        <translation>关闭双重验证(&amp;F)</translation>
    </message>
    <message>
        <source>Asking the server for a secret…</source>
        <translation>正在向服务器获取密钥…</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>密码错误。</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be drawn as a QR code.</source>
        <translation>无法将服务器的响应绘制为二维码。</translation>
    </message>
    <message>
        <source>That code is not right. Check the time on your phone and enter the code the app shows now.</source>
        <translation>验证码不正确。请检查手机时间，并输入应用当前显示的验证码。</translation>
    </message>
    <message>
        <source>Two-factor is on. Your other sessions were signed out.</source>
        <translation>双重验证已开启。您的其他会话已退出登录。</translation>
    </message>
    <message>
        <source>The password or the code is not right.</source>
        <translation>密码或验证码不正确。</translation>
    </message>
    <message>
        <source>Two-factor is off.</source>
        <translation>双重验证已关闭。</translation>
    </message>
    <message>
        <source>Purser backup codes for %1 (each works once):</source>
        <translation>%1 的 Purser 备用码（每个只能使用一次）：</translation>
    </message>
    <message>
        <source>Save backup codes</source>
        <translation>保存备用码</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>文本文件 (*.txt)</translation>
    </message>
    <message>
        <source>The codes could not be saved there.</source>
        <translation>无法将备用码保存到该位置。</translation>
    </message>
    <message>
        <source>Backup codes saved.</source>
        <translation>备用码已保存。</translation>
    </message>
    <message>
        <source>Print backup codes</source>
        <translation>打印备用码</translation>
    </message>
</context>
<context>
    <name>purser::WorkspaceHeader</name>
    <message>
        <source>Owner</source>
        <translation>所有者</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>管理员</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>财务</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>审计员</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>成员</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>查看者</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>组织(&amp;O)：</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>组织</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
</context>
<context>
    <name>purser::headless</name>
    <message>
        <source>Organisation id.</source>
        <translation type="unfinished">组织 ID。</translation>
    </message>
    <message>
        <source>The employee&apos;s id or employee number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder to write (new or empty).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: purser export-person --org ORG --employee ID|EMPLOYEE_NO --out DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: purser verify-person-export [--trusted-key FINGERPRINT]... DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--trusted-key needs a SHA-256 fingerprint (at least 16 hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
