<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
<context>
    <name>ConnectionState</name>
    <message>
        <source>Signed out</source>
        <translation>ออกจากระบบแล้ว</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>กำลังเชื่อมต่อ…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Offline: cannot reach the server</source>
        <translation>ออฟไลน์: ติดต่อเซิร์ฟเวอร์ไม่ได้</translation>
    </message>
    <message>
        <source>The server reported a problem</source>
        <translation>เซิร์ฟเวอร์แจ้งว่ามีปัญหา</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>โปรดลงชื่อเข้าใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>Server certificate changed: not connected</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์เปลี่ยนไป: ไม่ได้เชื่อมต่อ</translation>
    </message>
</context>
<context>
    <name>EmployeeColumn</name>
    <message>
        <source>No.</source>
        <translation>รหัส</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>แผนก</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>วันที่เริ่มงาน</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>ธนาคาร</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>บัญชีธนาคาร</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>เงินเดือนพื้นฐาน</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Full time</source>
        <translation>เต็มเวลา</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>ไม่เต็มเวลา</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>สัญญาจ้าง</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>ฝึกงาน</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ทำงานอยู่</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>ลางาน</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>สิ้นสุดการจ้าง</translation>
    </message>
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>พวงกุญแจของระบบใช้งานไม่ได้: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>พวงกุญแจของระบบ</translation>
    </message>
</context>
<context>
    <name>OrgAdminText</name>
    <message>
        <source>This needs a connection to the server, and Purser cannot reach it now. Nothing was changed and nothing was queued: try again when you are connected.</source>
        <translation>การดำเนินการนี้ต้องเชื่อมต่อกับเซิร์ฟเวอร์ และขณะนี้ Purser ติดต่อเซิร์ฟเวอร์ไม่ได้ ไม่มีสิ่งใดถูกเปลี่ยนแปลงและไม่มีสิ่งใดเข้าคิว: โปรดลองอีกครั้งเมื่อเชื่อมต่อแล้ว</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, then try once more.</source>
        <translation>เซสชันของคุณสิ้นสุดแล้ว โปรดลงชื่อเข้าใช้อีกครั้ง แล้วลองใหม่</translation>
    </message>
    <message>
        <source>The server refused: this organisation requires two-factor sign-in, and your account has none. Turn it on in My account first.</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธ: องค์กรนี้กำหนดให้ลงชื่อเข้าใช้แบบสองปัจจัย แต่บัญชีของคุณยังไม่ได้เปิด โปรดเปิดใช้ในบัญชีของฉันก่อน</translation>
    </message>
    <message>
        <source>The server refused: your role may not do this. (%1)</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธ: บทบาทของคุณไม่มีสิทธิ์ทำสิ่งนี้ (%1)</translation>
    </message>
    <message>
        <source>It is no longer there: someone may have changed it. The list is refreshed.</source>
        <translation>รายการนี้ไม่มีอยู่แล้ว: อาจมีผู้อื่นเปลี่ยนแปลง รายการได้รับการรีเฟรชแล้ว</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Owner</source>
        <translation>เจ้าของ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแล</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>การเงิน</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>ผู้ดู</translation>
    </message>
</context>
<context>
    <name>ViewCatalog</name>
    <message>
        <source>Employees</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>เงินเดือน</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>การเบิกจ่าย</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Server address to sign in to.</source>
        <translation>ที่อยู่เซิร์ฟเวอร์ที่จะลงชื่อเข้าใช้</translation>
    </message>
</context>
<context>
    <name>purser</name>
    <message>
        <source>Server address.</source>
        <translation>ที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Your email.</source>
        <translation>อีเมลของคุณ</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint.</source>
        <translation>เชื่อถือใบรับรองของเซิร์ฟเวอร์ที่มีลายนิ้วมือ SHA-256 นี้</translation>
    </message>
    <message>
        <source>Usage: purser sign-in --server URL --email EMAIL [--pin-sha256 FINGERPRINT] (password on standard input)</source>
        <translation>วิธีใช้: purser sign-in --server URL --email EMAIL [--pin-sha256 FINGERPRINT] (รหัสผ่านทางอินพุตมาตรฐาน)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https server address.</source>
        <translation>&quot;%1&quot; ไม่ใช่ที่อยู่เซิร์ฟเวอร์ https</translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint (64 hex digits).</source>
        <translation>--pin-sha256 ต้องใช้ลายนิ้วมือ SHA-256 (เลขฐานสิบหก 64 หลัก)</translation>
    </message>
    <message>
        <source>Give the password on standard input.</source>
        <translation>โปรดป้อนรหัสผ่านทางอินพุตมาตรฐาน</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>ลงชื่อเข้าใช้ไม่สำเร็จ</translation>
    </message>
    <message>
        <source>Signed in, but you are not a member of any organisation.</source>
        <translation>ลงชื่อเข้าใช้แล้ว แต่คุณไม่ได้เป็นสมาชิกขององค์กรใด</translation>
    </message>
    <message>
        <source>Signed in as %1 to %2 (%3). Run &quot;purser sync&quot; to download the offline data.</source>
        <translation>ลงชื่อเข้าใช้เป็น %1 ที่ %2 (%3) แล้ว เรียก &quot;purser sync&quot; เพื่อดาวน์โหลดข้อมูลออฟไลน์</translation>
    </message>
    <message>
        <source>Organisation id.</source>
        <translation>รหัสองค์กร</translation>
    </message>
    <message>
        <source>Items per page.</source>
        <translation>จำนวนรายการต่อหน้า</translation>
    </message>
    <message>
        <source>Discard offline data that cannot be opened.</source>
        <translation>ทิ้งข้อมูลออฟไลน์ที่เปิดไม่ได้</translation>
    </message>
    <message>
        <source>Which organisation? Use --org.</source>
        <translation>องค์กรใด ใช้ --org</translation>
    </message>
    <message>
        <source>%1 change(s) are kept and will be sent on the next sync.</source>
        <translation>เก็บการเปลี่ยนแปลง %1 รายการไว้ และจะส่งในการซิงค์ครั้งถัดไป</translation>
    </message>
    <message>
        <source>Synced. %1 change(s) still need your attention.</source>
        <translation>ซิงค์แล้ว ยังมีการเปลี่ยนแปลง %1 รายการที่ต้องให้คุณดูแล</translation>
    </message>
    <message>
        <source>Also delete the offline data and its key.</source>
        <translation>ลบข้อมูลออฟไลน์และกุญแจด้วย</translation>
    </message>
    <message>
        <source>Remove offline data even with unsent changes.</source>
        <translation>ลบข้อมูลออฟไลน์แม้มีการเปลี่ยนแปลงที่ยังไม่ได้ส่ง</translation>
    </message>
    <message>
        <source>%1 change(s) made here have not reached the server and would be lost. Run &quot;purser sync&quot; first, or add --discard-unsent.</source>
        <translation>การเปลี่ยนแปลง %1 รายการที่ทำที่นี่ยังไม่ถึงเซิร์ฟเวอร์และจะสูญหาย โปรดเรียก &quot;purser sync&quot; ก่อน หรือเพิ่ม --discard-unsent</translation>
    </message>
    <message>
        <source>Signed out; the offline data and its key were removed.</source>
        <translation>ออกจากระบบแล้ว ลบข้อมูลออฟไลน์และกุญแจแล้ว</translation>
    </message>
    <message>
        <source>Signed out. The offline data stays encrypted on this computer.</source>
        <translation>ออกจากระบบแล้ว ข้อมูลออฟไลน์ยังคงเข้ารหัสอยู่บนคอมพิวเตอร์นี้</translation>
    </message>
    <message>
        <source>First day or time.</source>
        <translation>วันหรือเวลาแรก</translation>
    </message>
    <message>
        <source>Last day or time.</source>
        <translation>วันหรือเวลาสุดท้าย</translation>
    </message>
    <message>
        <source>csv or jsonl.</source>
        <translation>csv หรือ jsonl</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>ไฟล์ผลลัพธ์</translation>
    </message>
    <message>
        <source>--from needs a date (YYYY-MM-DD) or an RFC 3339 time.</source>
        <translation>--from ต้องเป็นวันที่ (YYYY-MM-DD) หรือเวลาแบบ RFC 3339</translation>
    </message>
    <message>
        <source>--to needs a date (YYYY-MM-DD) or an RFC 3339 time.</source>
        <translation>--to ต้องเป็นวันที่ (YYYY-MM-DD) หรือเวลาแบบ RFC 3339</translation>
    </message>
    <message>
        <source>There is no offline data for that organisation. Run &quot;purser sync&quot; first.</source>
        <translation>ไม่มีข้อมูลออฟไลน์ขององค์กรนั้น โปรดเรียก &quot;purser sync&quot; ก่อน</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 public key</source>
        <translation>กุญแจที่ใช้ลงนามไม่ใช่กุญแจสาธารณะ Ed25519</translation>
    </message>
    <message>
        <source>the signature of the checkpoint at entry %1 is not valid</source>
        <translation>ลายเซ็นของจุดตรวจสอบที่รายการ %1 ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>the server does not publish the key that signed it</source>
        <translation>เซิร์ฟเวอร์ไม่ได้เผยแพร่กุญแจที่ใช้ลงนาม</translation>
    </message>
    <message>
        <source>No system keychain works here (%1). Reading your Purser passphrase from standard input instead.</source>
        <translation>ไม่มีพวงกุญแจของระบบที่ใช้งานได้ที่นี่ (%1) จะอ่านวลีรหัสผ่าน Purser จากอินพุตมาตรฐานแทน</translation>
    </message>
    <message>
        <source>Not signed in. Run &quot;purser sign-in&quot; first.</source>
        <translation>ยังไม่ได้ลงชื่อเข้าใช้ โปรดเรียก &quot;purser sign-in&quot; ก่อน</translation>
    </message>
    <message>
        <source>Your session has ended. Run &quot;purser sign-in&quot; again; nothing was lost.</source>
        <translation>เซสชันของคุณสิ้นสุดแล้ว โปรดเรียก &quot;purser sign-in&quot; อีกครั้ง ไม่มีสิ่งใดสูญหาย</translation>
    </message>
    <message>
        <source>To discard it and download it again, run: purser sync --discard-offline-data</source>
        <translation>หากต้องการทิ้งและดาวน์โหลดใหม่ ให้เรียก: purser sync --discard-offline-data</translation>
    </message>
    <message>
        <source>Discarded the offline data; downloading it again.</source>
        <translation>ทิ้งข้อมูลออฟไลน์แล้ว กำลังดาวน์โหลดใหม่</translation>
    </message>
    <message>
        <source>Check every row and report; send nothing.</source>
        <translation>ตรวจทุกแถวและรายงาน ไม่ส่งอะไรเลย</translation>
    </message>
    <message>
        <source>JSON file: field → CSV column.</source>
        <translation>ไฟล์ JSON: ฟิลด์ → คอลัมน์ CSV</translation>
    </message>
    <message>
        <source>Usage: purser import-employees FILE --org ORG [--dry-run] [--mapping FILE]</source>
        <translation>วิธีใช้: purser import-employees ไฟล์ --org องค์กร [--dry-run] [--mapping ไฟล์]</translation>
    </message>
    <message>
        <source>--mapping needs a JSON object such as {&quot;full_name&quot;: &quot;Name&quot;}.</source>
        <translation>--mapping ต้องเป็นออบเจ็กต์ JSON เช่น {&quot;full_name&quot;: &quot;Name&quot;}</translation>
    </message>
    <message>
        <source>Cannot write to the offline data.</source>
        <translation>เขียนข้อมูลออฟไลน์ไม่ได้</translation>
    </message>
    <message>
        <source>%1 row(s) wait in the outbox; &quot;purser sync&quot; sends them.</source>
        <translation>%1 แถวรออยู่ในกล่องขาออก; &quot;purser sync&quot; จะส่งให้</translation>
    </message>
    <message>
        <source>Only the entries about this record id.</source>
        <translation>เฉพาะรายการที่เกี่ยวกับรหัสระเบียนนี้</translation>
    </message>
    <message>
        <source>Usage: purser export-audit --org ORG [--from T] [--to T] [--entity ID] --format csv|jsonl --out FILE</source>
        <translation>วิธีใช้: purser export-audit --org ORG [--from T] [--to T] [--entity ID] --format csv|jsonl --out FILE</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a signing key you trust (repeatable).</source>
        <translation>ลายนิ้วมือ SHA-256 ของกุญแจลงนามที่คุณเชื่อถือ (ระบุซ้ำได้)</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a witness key whose cosignature the export must carry (repeatable).</source>
        <translation>ลายนิ้วมือ SHA-256 ของกุญแจพยานที่ไฟล์ส่งออกต้องมีการลงนามร่วมจากกุญแจนั้น (ระบุซ้ำได้)</translation>
    </message>
    <message>
        <source>The exported file.</source>
        <translation>ไฟล์ที่ส่งออก</translation>
    </message>
    <message>
        <source>Usage: purser verify-export [--trusted-key FINGERPRINT]... [--require-witness FINGERPRINT]... FILE</source>
        <translation>วิธีใช้: purser verify-export [--trusted-key FINGERPRINT]... [--require-witness FINGERPRINT]... FILE</translation>
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
        <translation>คุณยังไม่ได้ลงชื่อเข้าใช้ หรือเซสชันของคุณสิ้นสุดแล้ว</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>บทบาทของคุณไม่อนุญาตให้ทำสิ่งนี้</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>ไม่พบ</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>พยายามหลายครั้งเกินไป โปรดรอสักครู่แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The server had a problem. Please try again later.</source>
        <translation>เซิร์ฟเวอร์มีปัญหา โปรดลองอีกครั้งภายหลัง</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธคำขอ (HTTP %1)</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>ยังไม่ได้กำหนดที่อยู่เซิร์ฟเวอร์</translation>
    </message>
    <message>
        <source>Cannot read the file to upload.</source>
        <translation>อ่านไฟล์ที่จะอัปโหลดไม่ได้</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you last connected to %1. This can mean someone is intercepting the connection. Nothing was sent. Ask your administrator whether the server&apos;s certificate was replaced.</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์เปลี่ยนไปนับตั้งแต่คุณเชื่อมต่อกับ %1 ครั้งล่าสุด อาจมีผู้ดักฟังการเชื่อมต่อ ยังไม่มีการส่งข้อมูลใด ๆ โปรดสอบถามผู้ดูแลว่ามีการเปลี่ยนใบรับรองของเซิร์ฟเวอร์หรือไม่</translation>
    </message>
    <message>
        <source>The server at %1 presented a certificate that is not trusted. Nothing was sent.</source>
        <translation>เซิร์ฟเวอร์ที่ %1 แสดงใบรับรองที่ไม่น่าเชื่อถือ ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid.</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์ไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์หมดอายุแล้ว</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check your computer&apos;s date and time.</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์ยังไม่มีผล โปรดตรวจสอบวันที่และเวลาของคอมพิวเตอร์</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not issued for %1.</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์ไม่ได้ออกให้ %1</translation>
    </message>
    <message>
        <source>Cannot connect securely to %1. %2 Nothing was sent.</source>
        <translation>เชื่อมต่อกับ %1 อย่างปลอดภัยไม่ได้ %2 ยังไม่มีการส่งข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>You did not trust the certificate of %1, so Purser did not connect.</source>
        <translation>คุณไม่ได้เชื่อถือใบรับรองของ %1 Purser จึงไม่ได้เชื่อมต่อ</translation>
    </message>
    <message>
        <source>Cannot connect securely to %1. The server may not support TLS 1.2 or newer.</source>
        <translation>เชื่อมต่อกับ %1 อย่างปลอดภัยไม่ได้ เซิร์ฟเวอร์อาจไม่รองรับ TLS 1.2 ขึ้นไป</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>เซิร์ฟเวอร์ที่ %1 ไม่ตอบกลับภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection.</source>
        <translation>ติดต่อเซิร์ฟเวอร์ที่ %1 ไม่ได้ โปรดตรวจสอบที่อยู่และการเชื่อมต่อเครือข่าย</translation>
    </message>
    <message>
        <source>The server sent an answer Purser cannot read.</source>
        <translation>เซิร์ฟเวอร์ส่งคำตอบที่ Purser อ่านไม่ได้</translation>
    </message>
</context>
<context>
    <name>purser::ApiKeyShownOnceDialog</name>
    <message>
        <source>&amp;Copy key</source>
        <translation>คัดลอกคีย์ (&amp;C)</translation>
    </message>
    <message>
        <source>New API key &quot;%1&quot;</source>
        <translation>คีย์ API ใหม่ &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>คีย์ API ใหม่</translation>
    </message>
    <message>
        <source>Copy the new API key</source>
        <translation>คัดลอกคีย์ API ใหม่</translation>
    </message>
    <message>
        <source>This is the only time this key is shown: Purser and the server keep only a fingerprint of it. Copy it now into the program that will use it, and treat it like a password. Lost keys cannot be recovered; revoke them and create a new one.</source>
        <translation>คีย์นี้จะแสดงเพียงครั้งเดียวเท่านั้น: Purser และเซิร์ฟเวอร์เก็บไว้เพียงลายนิ้วมือของคีย์ คัดลอกไปยังโปรแกรมที่จะใช้งานตอนนี้ และเก็บรักษาเหมือนรหัสผ่าน คีย์ที่หายไม่สามารถกู้คืนได้ ให้เพิกถอนแล้วสร้างคีย์ใหม่</translation>
    </message>
</context>
<context>
    <name>purser::AppController</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>เซสชันของคุณสิ้นสุดแล้ว โปรดลงชื่อเข้าใช้อีกครั้ง</translation>
    </message>
    <message>
        <source>Enter your password again with the code from your authenticator app (or a backup code).</source>
        <translation>ป้อนรหัสผ่านอีกครั้งพร้อมรหัสจากแอปยืนยันตัวตน (หรือรหัสสำรอง)</translation>
    </message>
</context>
<context>
    <name>purser::AuditExport</name>
    <message>
        <source>There is no verified audit checkpoint in the offline data yet. Run &quot;purser sync&quot; while online first.</source>
        <translation>ยังไม่มีจุดตรวจสอบการตรวจสอบที่ยืนยันแล้วในข้อมูลออฟไลน์ โปรดเรียก &quot;purser sync&quot; ขณะออนไลน์ก่อน</translation>
    </message>
    <message>
        <source>No audit-log entries in the offline data match that period.</source>
        <translation>ไม่มีรายการบันทึกการตรวจสอบในข้อมูลออฟไลน์ที่ตรงกับช่วงเวลานั้น</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Exported %1 audit entries (%2 to %3) to %4, manifest %5.</source>
        <translation>ส่งออกรายการตรวจสอบ %1 รายการ (%2 ถึง %3) ไปยัง %4 แล้ว ไฟล์รายการกำกับ %5</translation>
    </message>
    <message>
        <source>The manifest %1 is missing.</source>
        <translation>ไม่พบไฟล์รายการกำกับ %1</translation>
    </message>
    <message>
        <source>The manifest %1 is damaged.</source>
        <translation>ไฟล์รายการกำกับ %1 เสียหาย</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>อ่าน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Row %1 of the export cannot be read: it was changed.</source>
        <translation>อ่านแถวที่ %1 ของไฟล์ส่งออกไม่ได้: ถูกแก้ไข</translation>
    </message>
    <message>
        <source>Entry %1 (row %2) was changed: its columns do not match its recorded content.</source>
        <translation>รายการ %1 (แถว %2) ถูกแก้ไข: คอลัมน์ไม่ตรงกับเนื้อหาที่บันทึกไว้</translation>
    </message>
    <message>
        <source>Line %1 of the export cannot be read: it was changed.</source>
        <translation>อ่านบรรทัดที่ %1 ของไฟล์ส่งออกไม่ได้: ถูกแก้ไข</translation>
    </message>
    <message>
        <source>The export holds no entries.</source>
        <translation>ไฟล์ส่งออกไม่มีรายการ</translation>
    </message>
    <message>
        <source>Verification FAILED at entry %1 (line %2): %3</source>
        <translation>การตรวจสอบล้มเหลวที่รายการ %1 (บรรทัด %2): %3</translation>
    </message>
    <message>
        <source>Verification FAILED: %1.</source>
        <translation>การตรวจสอบล้มเหลว: %1</translation>
    </message>
    <message>
        <source>Verification FAILED: the signed checkpoint (entry %1) is outside the exported entries %2 to %3, so it cannot vouch for them.</source>
        <translation>การตรวจสอบล้มเหลว: จุดตรวจสอบที่ลงนาม (รายการ %1) อยู่นอกช่วงรายการที่ส่งออก %2 ถึง %3 จึงรับรองรายการเหล่านั้นไม่ได้</translation>
    </message>
    <message>
        <source>Verification FAILED at entry %1 (line %2): it differs from the signed checkpoint.</source>
        <translation>การตรวจสอบล้มเหลวที่รายการ %1 (บรรทัด %2): ไม่ตรงกับจุดตรวจสอบที่ลงนาม</translation>
    </message>
    <message>
        <source>Verification FAILED: the file&apos;s SHA-256 differs from the manifest.</source>
        <translation>การตรวจสอบล้มเหลว: SHA-256 ของไฟล์ไม่ตรงกับไฟล์รายการกำกับ</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการเขียนข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Verification FAILED: the manifest&apos;s tree section is damaged: %1.</source>
        <translation>การตรวจสอบล้มเหลว: ส่วนข้อมูลทรีในไฟล์รายการกำกับเสียหาย: %1</translation>
    </message>
    <message>
        <source>are in the audit tree of %1 entries whose checkpoint was signed by %2</source>
        <translation>อยู่ในทรีการตรวจสอบที่มี %1 รายการ ซึ่งจุดตรวจสอบลงนามโดย %2</translation>
    </message>
    <message>
        <source>chain correctly, and entry %1 matches the checkpoint signed %2</source>
        <translation>เชื่อมโยงกันถูกต้อง และรายการ %1 ตรงกับจุดตรวจสอบที่ลงนามเมื่อ %2</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the export is consistent, but it is signed by key %1 and you named no key you trust. Compare that fingerprint with your organisation&apos;s signing key and pass --trusted-key FINGERPRINT, or sync this computer with the server first.</source>
        <translation>ไม่ได้รับการยืนยัน: ไฟล์ส่งออกสอดคล้องกัน แต่ลงนามด้วยกุญแจ %1 และคุณไม่ได้ระบุกุญแจที่คุณเชื่อถือ โปรดเปรียบเทียบลายนิ้วมือนั้นกับกุญแจลงนามขององค์กรของคุณ แล้วระบุ --trusted-key FINGERPRINT หรือซิงค์คอมพิวเตอร์นี้กับเซิร์ฟเวอร์ก่อน</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the export is consistent, but it is signed by key %1, which is not a key you trust. Anyone can sign a consistent export with a key of their own.</source>
        <translation>ไม่ได้รับการยืนยัน: ไฟล์ส่งออกสอดคล้องกัน แต่ลงนามด้วยกุญแจ %1 ซึ่งไม่ใช่กุญแจที่คุณเชื่อถือ ใครก็สามารถลงนามไฟล์ส่งออกที่สอดคล้องกันด้วยกุญแจของตนเองได้</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the export is consistent and signed by key %1, which you trust, but witness %2 did not cosign its checkpoint.</source>
        <translation>ไม่ได้รับการยืนยัน: ไฟล์ส่งออกสอดคล้องกันและลงนามด้วยกุญแจ %1 ซึ่งคุณเชื่อถือ แต่พยาน %2 ไม่ได้ลงนามร่วมในจุดตรวจสอบของไฟล์นี้</translation>
    </message>
    <message>
        <source>Verified: %1 entries (%2 to %3) %4, key %5, which you trust.</source>
        <translation>ยืนยันแล้ว: %1 รายการ (%2 ถึง %3) %4 กุญแจ %5 เป็นกุญแจที่คุณเชื่อถือ</translation>
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
        <translation>ข้อมูลออฟไลน์มีรายการที่ใหม่กว่าจุดตรวจสอบล่าสุดที่ยืนยันแล้ว โปรดเรียก &quot;purser sync&quot; ก่อน</translation>
    </message>
    <message>
        <source>The offline audit log does not hold every entry of its verified checkpoint. Run &quot;purser sync&quot; first.</source>
        <translation>บันทึกการตรวจสอบออฟไลน์มีรายการไม่ครบตามจุดตรวจสอบที่ยืนยันแล้ว โปรดเรียก &quot;purser sync&quot; ก่อน</translation>
    </message>
    <message>
        <source>Cannot prove the exported entries against the checkpoint.</source>
        <translation>ไม่สามารถพิสูจน์รายการที่ส่งออกเทียบกับจุดตรวจสอบได้</translation>
    </message>
    <message>
        <source>Cannot prove entry %1 against the checkpoint.</source>
        <translation>ไม่สามารถพิสูจน์รายการ %1 เทียบกับจุดตรวจสอบได้</translation>
    </message>
</context>
<context>
    <name>purser::AuditExportEvidence</name>
    <message>
        <source>No checkpoint this computer verified carries the cosignatures of every witness required in Settings yet.</source>
        <translation>ยังไม่มีจุดตรวจสอบที่คอมพิวเตอร์นี้ยืนยันแล้วซึ่งมีการลงนามร่วมจากพยานทุกรายที่กำหนดไว้ในการตั้งค่า</translation>
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
        <translation>เวลา (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>ประเภทระเบียน</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ระเบียน</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>เซสชันของ %1</translation>
    </message>
</context>
<context>
    <name>purser::AuditLogView</name>
    <message>
        <source>Search the audit log</source>
        <translation>ค้นหาบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>ตรวจสอบความถูกต้อง (&amp;V)</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>ส่งออก (&amp;X)</translation>
    </message>
    <message>
        <source>UTF-8 &amp;BOM for Excel</source>
        <translation>BOM UTF-8 สำหรับ Excel (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>วันที่ (&amp;D):</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>ประเภทระเบียน</translation>
    </message>
    <message>
        <source>Any record type</source>
        <translation>ทุกประเภทระเบียน</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>การกระทำ</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>ทุกการกระทำ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>ผู้ดำเนินการ</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>ตั้งแต่วันที่</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>ถึงวันที่</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>บันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Audit entry details</source>
        <translation>รายละเอียดรายการตรวจสอบ</translation>
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
        <translation>รายงาน PDF…</translation>
    </message>
    <message>
        <source>Audit log integrity</source>
        <translation>ความถูกต้องของบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>เลือกรายการเพื่อดูว่ามีอะไรเปลี่ยนแปลง</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>ฟิลด์</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>ก่อน</translation>
    </message>
    <message>
        <source>After</source>
        <translation>หลัง</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>ไฟล์ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>ส่งออกบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>ส่งออก</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>กำลังส่งออกบันทึกการตรวจสอบ…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>ยกเลิกการส่งออกแล้ว ไม่มีการเขียนข้อมูลใด ๆ</translation>
    </message>
    <message>
        <source>Signed checkpoint: entry %1, hash %2, signed %3 by key %4</source>
        <translation>จุดตรวจสอบที่ลงนาม: รายการ %1, แฮช %2, ลงนามเมื่อ %3 ด้วยกุญแจ %4</translation>
    </message>
    <message>
        <source>No signed checkpoint in the offline data yet.</source>
        <translation>ยังไม่มีจุดตรวจสอบที่ลงนามในข้อมูลออฟไลน์</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %n entries to %1 with its manifest.</source>
        <translation>
            <numerusform>เขียนรายงาน %n รายการไปยัง %1 พร้อมไฟล์รายการกำกับแล้ว</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no audit-log entries in the offline data to verify.</source>
        <translation>ไม่มีรายการบันทึกการตรวจสอบในข้อมูลออฟไลน์ให้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>กำลังตรวจสอบบันทึกการตรวจสอบ…</translation>
    </message>
    <message>
        <source>NOT INTACT: %1</source>
        <translation>ไม่สมบูรณ์: %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>ยกเลิกการตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>NOT INTACT: entries after %1 are missing.</source>
        <translation>ไม่สมบูรณ์: รายการหลัง %1 หายไป</translation>
    </message>
    <message numerus="yes">
        <source>The %n entries chain correctly, but there is no signed checkpoint yet to vouch for them. Sync while online, then verify again.</source>
        <translation>
            <numerusform>ทั้ง %n รายการเชื่อมโยงกันถูกต้อง แต่ยังไม่มีจุดตรวจสอบที่ลงนามมารับรอง โปรดซิงค์ขณะออนไลน์ แล้วตรวจสอบอีกครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT INTACT: the signed checkpoint does not verify: %1</source>
        <translation>ไม่สมบูรณ์: จุดตรวจสอบที่ลงนามตรวจสอบไม่ผ่าน: %1</translation>
    </message>
    <message>
        <source>NOT INTACT: entry %1 differs from what the server signed.</source>
        <translation>ไม่สมบูรณ์: รายการ %1 ไม่ตรงกับที่เซิร์ฟเวอร์ลงนาม</translation>
    </message>
    <message>
        <source>Intact: all %1 entries chain correctly and entry %2 matches the server&apos;s signed checkpoint.</source>
        <translation>สมบูรณ์: ทั้ง %1 รายการเชื่อมโยงกันถูกต้อง และรายการ %2 ตรงกับจุดตรวจสอบที่เซิร์ฟเวอร์ลงนาม</translation>
    </message>
    <message>
        <source>Searching… %1%</source>
        <translation>กำลังค้นหา… %1%</translation>
    </message>
    <message>
        <source>Audit history alarm</source>
        <translation>สัญญาณเตือนประวัติการตรวจสอบ</translation>
    </message>
    <message>
        <source>Verified by witnesses: every witness required in Settings cosigned its checkpoint.</source>
        <translation>ยืนยันโดยพยานแล้ว: พยานทุกรายที่กำหนดไว้ในการตั้งค่าได้ลงนามร่วมในจุดตรวจสอบแล้ว</translation>
    </message>
    <message>
        <source>NOT VERIFIED by witnesses: witness %1, required in Settings, did not cosign its checkpoint.</source>
        <translation>ไม่ได้รับการยืนยันจากพยาน: พยาน %1 ที่กำหนดไว้ในการตั้งค่าไม่ได้ลงนามร่วมในจุดตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>purser::AuditReportWriter</name>
    <message>
        <source>Audit log report</source>
        <translation>รายงานบันทึกการตรวจสอบ</translation>
    </message>
    <message>
        <source>Cannot write the PDF file.</source>
        <translation>เขียนไฟล์ PDF ไม่ได้</translation>
    </message>
    <message>
        <source>Audit log report — %1</source>
        <translation>รายงานบันทึกการตรวจสอบ — %1</translation>
    </message>
    <message>
        <source>Cannot read the PDF back.</source>
        <translation>อ่าน PDF กลับมาไม่ได้</translation>
    </message>
    <message>
        <source>Cannot write the manifest.</source>
        <translation>เขียนไฟล์รายการกำกับไม่ได้</translation>
    </message>
</context>
<context>
    <name>purser::AuditSync</name>
    <message>
        <source> from entry %1 on</source>
        <translation> ตั้งแต่รายการ %1 เป็นต้นไป</translation>
    </message>
    <message>
        <source>ALARM: this organisation&apos;s audit history changed%1 since this computer last saw it. This computer verified %2 entries; the server now shows %3 (%4). Tell an administrator: the audit log may have been altered. The verified copy and both signed checkpoints are kept on this computer as evidence.</source>
        <translation>สัญญาณเตือน: ประวัติการตรวจสอบขององค์กรนี้เปลี่ยนไป%1 หลังจากที่คอมพิวเตอร์นี้เห็นครั้งล่าสุด คอมพิวเตอร์นี้ยืนยันแล้ว %2 รายการ แต่ขณะนี้เซิร์ฟเวอร์แสดง %3 รายการ (%4) โปรดแจ้งผู้ดูแล: บันทึกการตรวจสอบอาจถูกแก้ไข สำเนาที่ยืนยันแล้วและจุดตรวจสอบที่ลงนามทั้งสองจุดถูกเก็บไว้ในคอมพิวเตอร์นี้เป็นหลักฐาน</translation>
    </message>
    <message>
        <source>Audit history changed%1 since this computer last saw it. Tell an administrator.</source>
        <translation>ประวัติการตรวจสอบเปลี่ยนไป%1 หลังจากที่คอมพิวเตอร์นี้เห็นครั้งล่าสุด โปรดแจ้งผู้ดูแล</translation>
    </message>
    <message>
        <source>Cannot read the offline audit log.</source>
        <translation>อ่านบันทึกการตรวจสอบออฟไลน์ไม่ได้</translation>
    </message>
    <message>
        <source>The server&apos;s audit checkpoint is not a valid signed note: %1.</source>
        <translation>จุดตรวจสอบการตรวจสอบของเซิร์ฟเวอร์ไม่ใช่โน้ตที่ลงนามอย่างถูกต้อง: %1</translation>
    </message>
    <message>
        <source>The server&apos;s audit checkpoint is for another log (%1).</source>
        <translation>จุดตรวจสอบการตรวจสอบของเซิร์ฟเวอร์เป็นของบันทึกอื่น (%1)</translation>
    </message>
    <message>
        <source>The server&apos;s audit checkpoint is not signed by a key this computer trusts. Compare the server&apos;s signing key fingerprint with your administrator.</source>
        <translation>จุดตรวจสอบการตรวจสอบของเซิร์ฟเวอร์ไม่ได้ลงนามด้วยกุญแจที่คอมพิวเตอร์นี้เชื่อถือ โปรดตรวจสอบลายนิ้วมือของกุญแจลงนามของเซิร์ฟเวอร์กับผู้ดูแลของคุณ</translation>
    </message>
    <message>
        <source>the log has %1 entries, fewer than the %2 this computer verified</source>
        <translation>บันทึกมี %1 รายการ น้อยกว่า %2 รายการที่คอมพิวเตอร์นี้ยืนยันแล้ว</translation>
    </message>
    <message>
        <source>a different root for the same %1 entries</source>
        <translation>รูทต่างกันสำหรับ %1 รายการเดียวกัน</translation>
    </message>
    <message>
        <source>the consistency proof failed: %1</source>
        <translation>การพิสูจน์ความสอดคล้องล้มเหลว: %1</translation>
    </message>
    <message>
        <source>the log does not chain: %1</source>
        <translation>บันทึกเชื่อมโยงกันไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <source>Cannot write the offline data.</source>
        <translation>เขียนข้อมูลออฟไลน์ไม่ได้</translation>
    </message>
    <message>
        <source>The server did not send the %1 audit entries its checkpoint covers.</source>
        <translation>เซิร์ฟเวอร์ไม่ได้ส่งรายการตรวจสอบ %1 รายการที่จุดตรวจสอบครอบคลุม</translation>
    </message>
    <message>
        <source>the entries the server sent do not give the root it signed</source>
        <translation>รายการที่เซิร์ฟเวอร์ส่งมาไม่ได้ให้รูทที่ตรงกับที่เซิร์ฟเวอร์ลงนาม</translation>
    </message>
</context>
<context>
    <name>purser::CacheDatabase</name>
    <message>
        <source>No unsent changes would be lost.</source>
        <translation>จะไม่มีการเปลี่ยนแปลงที่ยังไม่ได้ส่งสูญหาย</translation>
    </message>
    <message>
        <source>Purser cannot tell whether unsent changes would be lost.</source>
        <translation>Purser บอกไม่ได้ว่าการเปลี่ยนแปลงที่ยังไม่ได้ส่งจะสูญหายหรือไม่</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here and not yet sent to the server would be lost.</source>
        <translation>
            <numerusform>การเปลี่ยนแปลง %n รายการที่ทำที่นี่และยังไม่ได้ส่งไปยังเซิร์ฟเวอร์จะสูญหาย</numerusform>
        </translation>
    </message>
    <message>
        <source>The offline data is locked because %1 did not answer: %2</source>
        <translation>ข้อมูลออฟไลน์ถูกล็อกเพราะ%1ไม่ตอบสนอง: %2</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be opened: its key is missing from %1. You can discard it and download it again from the server. %2</source>
        <translation>เปิดข้อมูลออฟไลน์บนคอมพิวเตอร์นี้ไม่ได้: ไม่พบกุญแจใน%1 คุณสามารถทิ้งข้อมูลแล้วดาวน์โหลดใหม่จากเซิร์ฟเวอร์ได้ %2</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be opened: its key in %1 is not valid. You can discard it and download it again. %2</source>
        <translation>เปิดข้อมูลออฟไลน์บนคอมพิวเตอร์นี้ไม่ได้: กุญแจใน%1ไม่ถูกต้อง คุณสามารถทิ้งข้อมูลแล้วดาวน์โหลดใหม่ได้ %2</translation>
    </message>
    <message>
        <source>Cannot keep the offline data&apos;s key in %1: %2</source>
        <translation>เก็บกุญแจของข้อมูลออฟไลน์ไว้ใน%1ไม่ได้: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for offline data.</source>
        <translation>สร้างโฟลเดอร์สำหรับข้อมูลออฟไลน์ไม่ได้</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be read: its key does not match or the file is damaged. You can discard it and download it again from the server. %1</source>
        <translation>อ่านข้อมูลออฟไลน์บนคอมพิวเตอร์นี้ไม่ได้: กุญแจไม่ตรงกันหรือไฟล์เสียหาย คุณสามารถทิ้งข้อมูลแล้วดาวน์โหลดใหม่จากเซิร์ฟเวอร์ได้ %1</translation>
    </message>
    <message>
        <source>Cannot open the offline data: %1</source>
        <translation>เปิดข้อมูลออฟไลน์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>The offline data on this computer is damaged. You can discard it and download it again from the server. %1</source>
        <translation>ข้อมูลออฟไลน์บนคอมพิวเตอร์นี้เสียหาย คุณสามารถทิ้งข้อมูลแล้วดาวน์โหลดใหม่จากเซิร์ฟเวอร์ได้ %1</translation>
    </message>
    <message>
        <source>Cannot prepare the offline data: %1</source>
        <translation>เตรียมข้อมูลออฟไลน์ไม่ได้: %1</translation>
    </message>
    <message>
        <source>Cannot delete the offline data file.</source>
        <translation>ลบไฟล์ข้อมูลออฟไลน์ไม่ได้</translation>
    </message>
</context>
<context>
    <name>purser::CertificateTrustDialog</name>
    <message>
        <source>Unknown server certificate</source>
        <translation>ใบรับรองเซิร์ฟเวอร์ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>The server at &lt;b&gt;%1&lt;/b&gt; presented a certificate that this computer does not trust. Trust it only if your administrator gave you the same fingerprint. Purser will remember it and refuse the server if the certificate ever changes.</source>
        <translation>เซิร์ฟเวอร์ที่ &lt;b&gt;%1&lt;/b&gt; แสดงใบรับรองที่คอมพิวเตอร์นี้ไม่เชื่อถือ โปรดเชื่อถือเฉพาะเมื่อผู้ดูแลให้ลายนิ้วมือเดียวกันนี้แก่คุณ Purser จะจดจำไว้และปฏิเสธเซิร์ฟเวอร์หากใบรับรองเปลี่ยนไป</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>ออกให้:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>ออกโดย:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>มีผลตั้งแต่:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>มีผลถึง:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>ลายนิ้วมือ SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>เชื่อถือ (&amp;T)</translation>
    </message>
</context>
<context>
    <name>purser::ClaimFormDialog</name>
    <message>
        <source>New claim</source>
        <translation>การเบิกใหม่</translation>
    </message>
    <message>
        <source>e.g. 42.50</source>
        <translation>เช่น 42.50</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>หมวดหมู่ (&amp;C):</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>คำอธิบาย (&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>จำนวนเงิน (&amp;A) (%1):</translation>
    </message>
    <message>
        <source>&amp;Incurred on:</source>
        <translation>วันที่เกิดค่าใช้จ่าย (&amp;I):</translation>
    </message>
    <message>
        <source>Say what the claim is for.</source>
        <translation>โปรดระบุว่าเบิกค่าอะไร</translation>
    </message>
    <message numerus="yes">
        <source>The amount must be a positive number with at most %n decimal(s).</source>
        <translation>
            <numerusform>จำนวนเงินต้องเป็นจำนวนบวกที่มีทศนิยมไม่เกิน %n ตำแหน่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit draft claim</source>
        <translation>แก้ไขร่างคำขอเบิก</translation>
    </message>
</context>
<context>
    <name>purser::ClaimsView</name>
    <message>
        <source>&amp;New claim…</source>
        <translation>การเบิกใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>ปฏิเสธ (&amp;J)…</translation>
    </message>
    <message>
        <source>You cannot review your own claim.</source>
        <translation>คุณไม่สามารถตรวจการเบิกของตนเองได้</translation>
    </message>
    <message>
        <source>Incurred on</source>
        <translation>วันที่เกิดค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>คำอธิบาย</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>ใบเสร็จ</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>สถานะการเบิก</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>การเบิกจ่าย</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <source>&amp;Submit</source>
        <translation>ส่ง (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>อนุมัติ (&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>ทำเครื่องหมายว่าจ่ายแล้ว (&amp;P)</translation>
    </message>
    <message>
        <source>uploading</source>
        <translation>กำลังอัปโหลด</translation>
    </message>
    <message>
        <source>Select a claim to attach receipts.</source>
        <translation>เลือกการเบิกเพื่อแนบใบเสร็จ</translation>
    </message>
    <message>
        <source>Receipts attach only while a claim is draft or submitted.</source>
        <translation>แนบใบเสร็จได้เฉพาะเมื่อการเบิกเป็นฉบับร่างหรือส่งแล้ว</translation>
    </message>
    <message>
        <source>You may not attach receipts to this claim.</source>
        <translation>คุณไม่สามารถแนบใบเสร็จกับการเบิกนี้ได้</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>อยู่ในคิว</translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation>ปฏิเสธการเบิก</translation>
    </message>
    <message>
        <source>Why is this claim rejected? The claimant sees this note.</source>
        <translation>เหตุใดจึงปฏิเสธการเบิกนี้ ผู้เบิกจะเห็นหมายเหตุนี้</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>อัปโหลดแล้ว</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>ผู้ขอเบิก</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>ตรวจโดย</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>บันทึกของผู้ตรวจ</translation>
    </message>
    <message>
        <source>Ed&amp;it draft…</source>
        <translation>แก้ไขร่าง(&amp;I)…</translation>
    </message>
    <message>
        <source>De&amp;lete draft…</source>
        <translation>ลบร่าง(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete draft claim</source>
        <translation>ลบร่างคำขอเบิก</translation>
    </message>
    <message>
        <source>Delete the draft claim “%1”?</source>
        <translation>ลบร่างคำขอเบิก “%1” หรือไม่?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
</context>
<context>
    <name>purser::DialogUserPrompts</name>
    <message>
        <source>Offline data cannot be opened</source>
        <translation>เปิดข้อมูลออฟไลน์ไม่ได้</translation>
    </message>
    <message>
        <source>Discarding it loses %n change(s) made on this computer that have not reached the server yet.</source>
        <translation>การทิ้งข้อมูลจะทำให้การเปลี่ยนแปลง %n รายการที่ทำบนคอมพิวเตอร์นี้และยังไม่ถึงเซิร์ฟเวอร์สูญหาย</translation>
    </message>
    <message>
        <source>Purser cannot tell whether changes made on this computer would be lost.</source>
        <translation>Purser บอกไม่ได้ว่าการเปลี่ยนแปลงที่ทำบนคอมพิวเตอร์นี้จะสูญหายหรือไม่</translation>
    </message>
    <message>
        <source>No unsent changes would be lost.</source>
        <translation>จะไม่มีการเปลี่ยนแปลงที่ยังไม่ได้ส่งสูญหาย</translation>
    </message>
    <message>
        <source>Discard and download again</source>
        <translation>ทิ้งและดาวน์โหลดใหม่</translation>
    </message>
    <message>
        <source>Keep it and work online only</source>
        <translation>เก็บไว้และทำงานแบบออนไลน์เท่านั้น</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>ออกจากระบบ</translation>
    </message>
    <message>
        <source>Sign out of Purser on this computer?</source>
        <translation>ออกจากระบบ Purser บนคอมพิวเตอร์นี้หรือไม่</translation>
    </message>
    <message>
        <source>%n change(s) made here have not reached the server yet. Removing the offline data loses them.</source>
        <translation>การเปลี่ยนแปลง %n รายการที่ทำที่นี่ยังไม่ถึงเซิร์ฟเวอร์ การลบข้อมูลออฟไลน์จะทำให้สูญหาย</translation>
    </message>
    <message>
        <source>The offline data stays encrypted on this computer unless you remove it.</source>
        <translation>ข้อมูลออฟไลน์จะยังคงเข้ารหัสอยู่บนคอมพิวเตอร์นี้จนกว่าคุณจะลบ</translation>
    </message>
    <message>
        <source>Sign out and remove offline data</source>
        <translation>ออกจากระบบและลบข้อมูลออฟไลน์</translation>
    </message>
</context>
<context>
    <name>purser::EmployeeFormDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>แก้ไข %1</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>เพิ่มพนักงาน</translation>
    </message>
    <message>
        <source>Employee &amp;no.:</source>
        <translation>รหัสพนักงาน(&amp;N):</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>ชื่อเต็ม(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>อีเมล(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>แผนก(&amp;D):</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>ตำแหน่ง(&amp;P):</translation>
    </message>
    <message>
        <source>Employment &amp;type:</source>
        <translation>ประเภทการจ้าง(&amp;T):</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>วันที่เริ่ม(&amp;S):</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>วันที่สิ้นสุด(&amp;D):</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>สถานะ(&amp;U):</translation>
    </message>
    <message>
        <source>National &amp;ID:</source>
        <translation>เลขประจำตัวประชาชน(&amp;I):</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>ธนาคาร(&amp;B):</translation>
    </message>
    <message>
        <source>Bank &amp;account:</source>
        <translation>บัญชีธนาคาร(&amp;A):</translation>
    </message>
    <message>
        <source>Base &amp;salary (%1):</source>
        <translation>เงินเดือนพื้นฐาน(&amp;S) (%1):</translation>
    </message>
    <message numerus="yes">
        <source>An amount such as 5250.00 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>จำนวนเงิน เช่น 5250.00 (ทศนิยมไม่เกิน %n ตำแหน่ง)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>purser::EmployeeImport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>อ่าน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an import file may have at most %3 MiB.</source>
        <translation>%1 มีขนาด %2 MiB; ไฟล์นำเข้ามีขนาดได้ไม่เกิน %3 MiB</translation>
    </message>
    <message>
        <source>%1 changed while it was being read. Import it again once it is complete.</source>
        <translation>%1 เปลี่ยนไประหว่างการอ่าน นำเข้าอีกครั้งเมื่อไฟล์สมบูรณ์</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>ไฟล์นี้ไม่ใช่ข้อความ UTF-8 (บรรทัด %1) บันทึกเป็น &quot;CSV UTF-8&quot; แล้วลองอีกครั้ง</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>ไฟล์ว่างเปล่า</translation>
    </message>
    <message>
        <source>%1 starts like a spreadsheet formula</source>
        <translation>%1 ขึ้นต้นเหมือนสูตรสเปรดชีต</translation>
    </message>
    <message>
        <source>employee number %1 is already in the organisation</source>
        <translation>รหัสพนักงาน %1 มีอยู่ในองค์กรแล้ว</translation>
    </message>
    <message>
        <source>employee number %1 is also on line %2</source>
        <translation>รหัสพนักงาน %1 อยู่ในบรรทัด %2 ด้วย</translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot;</source>
        <translation>ไม่รู้จักแผนก &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the organisation spells department &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>องค์กรสะกดแผนก &quot;%1&quot; เป็น &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the national ID is not in this country&apos;s format</source>
        <translation>เลขประจำตัวไม่ตรงตามรูปแบบของประเทศนี้</translation>
    </message>
    <message>
        <source>the salary is not an amount</source>
        <translation>เงินเดือนไม่ใช่จำนวนเงิน</translation>
    </message>
    <message>
        <source>the salary is in %1, the organisation pays in %2</source>
        <translation>เงินเดือนเป็น %1 แต่องค์กรจ่ายเป็น %2</translation>
    </message>
    <message>
        <source>the salary has more decimals than %1 has</source>
        <translation>เงินเดือนมีทศนิยมมากกว่าที่ %1 มี</translation>
    </message>
</context>
<context>
    <name>purser::EmployeesView</name>
    <message>
        <source>Search employees</source>
        <translation>ค้นหาพนักงาน</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>ทุกแผนก</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>ทำงานอยู่</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>ลางาน</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>สิ้นสุดการจ้าง</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>ทุกประเภท</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>แก้ไข (&amp;E)…</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>แผนก</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>ประเภทการจ้าง</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>เต็มเวลา</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>ไม่เต็มเวลา</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>สัญญาจ้าง</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>ฝึกงาน</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Employee details</source>
        <translation>รายละเอียดพนักงาน</translation>
    </message>
    <message>
        <source>Select an employee to see the details.</source>
        <translation>เลือกพนักงานเพื่อดูรายละเอียด</translation>
    </message>
    <message>
        <source>The change could not be written to the offline data.</source>
        <translation>เขียนการเปลี่ยนแปลงลงในข้อมูลออฟไลน์ไม่ได้</translation>
    </message>
    <message>
        <source>&amp;Add employee…</source>
        <translation>เพิ่มพนักงาน(&amp;A)…</translation>
    </message>
    <message>
        <source>Add an employee (%1)</source>
        <translation>เพิ่มพนักงาน (%1)</translation>
    </message>
    <message>
        <source>End e&amp;mployment…</source>
        <translation>สิ้นสุดการจ้าง(&amp;M)…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>ลบ(&amp;L)…</translation>
    </message>
    <message>
        <source>Delete a record created by mistake</source>
        <translation>ลบระเบียนที่สร้างผิดพลาด</translation>
    </message>
    <message>
        <source>End the employment of %1</source>
        <translation>สิ้นสุดการจ้างของ %1</translation>
    </message>
    <message>
        <source>Delete employee</source>
        <translation>ลบพนักงาน</translation>
    </message>
    <message>
        <source>Delete %1 (%2)?</source>
        <translation>ลบ %1 (%2) หรือไม่?</translation>
    </message>
    <message>
        <source>Only for a record created by mistake: the record is removed for everyone. To record that someone left, use End employment instead.</source>
        <translation>สำหรับระเบียนที่สร้างผิดพลาดเท่านั้น: ระเบียนจะถูกลบสำหรับทุกคน หากต้องการบันทึกว่ามีคนลาออก ให้ใช้ สิ้นสุดการจ้าง แทน</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>ไม่ได้ลบ</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>%1 ไม่ได้ถูกลบ</translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation>นำเข้าพนักงาน</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>ไฟล์ CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export employees</source>
        <translation>ส่งออกพนักงาน</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>ไฟล์ CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Export &amp;personal data…</source>
        <translation>ส่งออกข้อมูล&amp;ส่วนบุคคล…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>ส่งออกข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Everything about the selected person, signed and verifiable, for an access request</source>
        <translation>ข้อมูลทั้งหมดของบุคคลที่เลือก ลงนามและตรวจสอบได้ สำหรับคำขอเข้าถึงข้อมูล</translation>
    </message>
    <message>
        <source>Choose where to save the personal data</source>
        <translation>เลือกที่บันทึกข้อมูลส่วนบุคคล</translation>
    </message>
    <message>
        <source>Exporting the personal data of %1…</source>
        <translation>กำลังส่งออกข้อมูลส่วนบุคคลของ %1…</translation>
    </message>
    <message>
        <source>The personal data of %1 was saved to %2.

It holds %3.

The folder is signed by the server&apos;s key %4; &quot;purser verify-person-export&quot; checks it on any computer.</source>
        <translation>บันทึกข้อมูลส่วนบุคคลของ %1 ไว้ที่ %2 แล้ว

ประกอบด้วย %3

โฟลเดอร์นี้ลงนามด้วยกุญแจของเซิร์ฟเวอร์ %4 ตรวจสอบได้บนทุกเครื่องด้วย &quot;purser verify-person-export&quot;</translation>
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
        <translation>รหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no offline check of your password yet. Connect to the server to unlock, or sign out.</source>
        <translation>ไม่สามารถติดต่อเซิร์ฟเวอร์ได้ และคอมพิวเตอร์เครื่องนี้ยังไม่มีข้อมูลสำหรับตรวจสอบรหัสผ่านแบบออฟไลน์ โปรดเชื่อมต่อเซิร์ฟเวอร์เพื่อปลดล็อก หรือออกจากระบบ</translation>
    </message>
</context>
<context>
    <name>purser::ImportEmployeesDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>นำเข้า(&amp;I)</translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation>นำเข้าพนักงาน</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(ไม่มีในไฟล์)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>คอลัมน์สำหรับ %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>บรรทัด</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>รหัสพนักงาน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Rows and their problems</source>
        <translation>แถวและปัญหาของแต่ละแถว</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>สรุป</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>รายงาน</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>ความคืบหน้าการนำเข้า</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>นำเข้า</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>พร้อม</translation>
    </message>
    <message>
        <source>%1 row(s) ready to import, %2 with problems (not imported).</source>
        <translation>พร้อมนำเข้า %1 แถว มีปัญหา %2 แถว (ไม่นำเข้า)</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>นำเข้า %n แถว(&amp;I)</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued %1 of %2 row(s); sent %3; refused %4.</source>
        <translation>เข้าคิว %1 จาก %2 แถว; ส่งแล้ว %3; ถูกปฏิเสธ %4</translation>
    </message>
    <message>
        <source>Offline: they are sent when the server answers again.</source>
        <translation>ออฟไลน์: จะส่งเมื่อเซิร์ฟเวอร์ตอบกลับอีกครั้ง</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>กำลังอ่าน %1…</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>กำลังตรวจแถวที่ %1 จาก %2…</translation>
    </message>
    <message>
        <source>Cannot write to the offline data.</source>
        <translation>เขียนข้อมูลออฟไลน์ไม่ได้</translation>
    </message>
</context>
<context>
    <name>purser::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>ปลดล็อก (&amp;U)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ (&amp;O)</translation>
    </message>
    <message>
        <source>Purser is locked</source>
        <translation>Purser ถูกล็อกอยู่</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purser is locked&lt;/b&gt;</source>
        <translation>&lt;b&gt;Purser ถูกล็อกอยู่&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Account password</source>
        <translation>รหัสผ่านบัญชี</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your account password to continue, or sign out.</source>
        <translation>เข้าสู่ระบบในชื่อ %1 ป้อนรหัสผ่านบัญชีเพื่อดำเนินการต่อ หรือออกจากระบบ</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>โปรดป้อนรหัสผ่าน</translation>
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
        <translation>แฟ้ม (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>ค้นหา (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>ซิงค์ตอนนี้ (&amp;S)</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>ออกจากระบบ (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About Purser</source>
        <translation>เกี่ยวกับ Purser (&amp;A)</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>มุมมอง</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Purser</source>
        <translation>เกี่ยวกับ Purser</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purser %1&lt;/b&gt;&lt;p&gt;Desktop admin client for HR, payroll and finance data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Purser %1&lt;/b&gt;&lt;p&gt;โปรแกรมผู้ดูแลบนเดสก์ท็อปสำหรับข้อมูลบุคคล เงินเดือน และการเงิน&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My payslips</source>
        <translation>สลิปเงินเดือนของฉัน</translation>
    </message>
    <message>
        <source>&amp;Import employees…</source>
        <translation>นำเข้าพนักงาน(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Export employees…</source>
        <translation>ส่งออกพนักงาน(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>บัญชี (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;My account…</source>
        <translation>บัญชีของฉัน (&amp;M)…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>ล็อกทันที (&amp;L)</translation>
    </message>
</context>
<context>
    <name>purser::MyAccountDialog</name>
    <message>
        <source>My account</source>
        <translation>บัญชีของฉัน</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>รหัสผ่าน (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Two-factor</source>
        <translation>การยืนยันสองขั้นตอน (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>เซสชัน (&amp;S)</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>รหัสผ่านปัจจุบัน</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>รหัสผ่านใหม่</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>ป้อนรหัสผ่านใหม่อีกครั้ง</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>เปลี่ยนรหัสผ่าน (&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>รหัสผ่านปัจจุบัน (&amp;U):</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>รหัสผ่านใหม่ (&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>ป้อนอีกครั้ง (&amp;R):</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>รหัสผ่านใหม่ต้องมีอย่างน้อย %1 ตัวอักษร</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>รหัสผ่านใหม่ทั้งสองไม่ตรงกัน</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>กำลังเปลี่ยนรหัสผ่าน…</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>รหัสผ่านปัจจุบันไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>เปลี่ยนรหัสผ่านแล้ว เซสชันอื่นของคุณถูกออกจากระบบแล้ว</translation>
    </message>
    <message>
        <source>This needs a connection to the server, and Purser is offline. Nothing was changed or queued; try again when the server can be reached.</source>
        <translation>การดำเนินการนี้ต้องเชื่อมต่อกับเซิร์ฟเวอร์ แต่ Purser ออฟไลน์อยู่ ไม่มีการเปลี่ยนแปลงหรือเข้าคิวใด ๆ โปรดลองอีกครั้งเมื่อเชื่อมต่อเซิร์ฟเวอร์ได้</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this needs a connection. Nothing was changed or queued; try again when the server can be reached.</source>
        <translation>ไม่สามารถติดต่อเซิร์ฟเวอร์ได้ และการดำเนินการนี้ต้องเชื่อมต่อ ไม่มีการเปลี่ยนแปลงหรือเข้าคิวใด ๆ โปรดลองอีกครั้งเมื่อเชื่อมต่อเซิร์ฟเวอร์ได้</translation>
    </message>
</context>
<context>
    <name>purser::MyPayslipsView</name>
    <message>
        <source>&amp;Open as PDF</source>
        <translation>เปิดเป็น PDF(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>บันทึกเป็น PDF(&amp;S)…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>งวด</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>วันที่จ่าย</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>รวมก่อนหัก</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>รายการหัก</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>สุทธิ</translation>
    </message>
    <message>
        <source>My payslips</source>
        <translation>สลิปเงินเดือนของฉัน</translation>
    </message>
    <message>
        <source>Open as PDF</source>
        <translation>เปิดเป็น PDF</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>บันทึกเป็น PDF</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>สลิปเงินเดือน</translation>
    </message>
    <message>
        <source>Cannot write the payslip&apos;s PDF.</source>
        <translation>เขียน PDF ของสลิปเงินเดือนไม่ได้</translation>
    </message>
    <message>
        <source>Save payslip</source>
        <translation>บันทึกสลิปเงินเดือน</translation>
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
        <translation>เงินเดือนสุทธิต่องวด</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>เงินเดือนสุทธิ</translation>
    </message>
    <message>
        <source>Net pay per period (%1)</source>
        <translation>เงินเดือนสุทธิต่องวด (%1)</translation>
    </message>
</context>
<context>
    <name>purser::OrgApiKeysPanel</name>
    <message>
        <source>C&amp;reate key</source>
        <translation>สร้างคีย์ (&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;voke key…</source>
        <translation>เพิกถอนคีย์… (&amp;V)</translation>
    </message>
    <message>
        <source>Name of the new API key</source>
        <translation>ชื่อคีย์ API ใหม่</translation>
    </message>
    <message>
        <source>What uses it, e.g. Ledger sync</source>
        <translation>สิ่งที่ใช้คีย์ เช่น ซิงค์บัญชีแยกประเภท</translation>
    </message>
    <message>
        <source>Role of the new API key</source>
        <translation>บทบาทของคีย์ API ใหม่</translation>
    </message>
    <message>
        <source> days</source>
        <translation> วัน</translation>
    </message>
    <message>
        <source>Days until the new API key expires</source>
        <translation>จำนวนวันก่อนคีย์ API ใหม่หมดอายุ</translation>
    </message>
    <message>
        <source>Create the API key</source>
        <translation>สร้างคีย์ API</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>คำนำหน้า</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>สร้างโดย</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>ใช้ล่าสุด</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>คีย์ API</translation>
    </message>
    <message>
        <source>Revoke the selected API key</source>
        <translation>เพิกถอนคีย์ API ที่เลือก</translation>
    </message>
    <message>
        <source>API keys problem</source>
        <translation>ปัญหาคีย์ API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>ชื่อ: (&amp;N)</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>บทบาท: (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>หมดอายุหลังจาก: (&amp;E)</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>อดีตสมาชิก</translation>
    </message>
    <message>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <source>Give the key a name that says what uses it.</source>
        <translation>ตั้งชื่อคีย์ที่บอกว่าอะไรใช้คีย์นี้</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>เพิกถอนคีย์ API</translation>
    </message>
    <message>
        <source>Revoke the API key &quot;%1&quot; (%2)? Programs using it stop working at once.</source>
        <translation>เพิกถอนคีย์ API &quot;%1&quot; (%2) หรือไม่? โปรแกรมที่ใช้คีย์นี้จะหยุดทำงานทันที</translation>
    </message>
</context>
<context>
    <name>purser::OrgInvitationsPanel</name>
    <message>
        <source>&amp;Invite</source>
        <translation>เชิญ (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Copy invitation link</source>
        <translation>คัดลอกลิงก์คำเชิญ (&amp;C)</translation>
    </message>
    <message>
        <source>Re&amp;voke invitation…</source>
        <translation>เพิกถอนคำเชิญ… (&amp;V)</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>อีเมลที่จะเชิญ</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <source>Role of the invited person</source>
        <translation>บทบาทของผู้ได้รับเชิญ</translation>
    </message>
    <message>
        <source>Send the invitation</source>
        <translation>ส่งคำเชิญ</translation>
    </message>
    <message>
        <source>Email address problem</source>
        <translation>ปัญหาที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>ลิงก์คำเชิญ</translation>
    </message>
    <message>
        <source>The link of a new invitation appears here, once</source>
        <translation>ลิงก์ของคำเชิญใหม่จะแสดงที่นี่เพียงครั้งเดียว</translation>
    </message>
    <message>
        <source>Copy the invitation link</source>
        <translation>คัดลอกลิงก์คำเชิญ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>เชิญโดย</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>คำเชิญที่รอดำเนินการ</translation>
    </message>
    <message>
        <source>Revoke the selected invitation</source>
        <translation>เพิกถอนคำเชิญที่เลือก</translation>
    </message>
    <message>
        <source>Invitations problem</source>
        <translation>ปัญหาคำเชิญ</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>อีเมล: (&amp;E)</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>บทบาท: (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>ลิงก์: (&amp;L)</translation>
    </message>
    <message>
        <source>Enter the email address to invite.</source>
        <translation>โปรดป้อนอีเมลที่จะเชิญ</translation>
    </message>
    <message>
        <source>The server refused: this organisation only invites addresses in the domains its owner allows (Security settings).</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธ: องค์กรนี้เชิญได้เฉพาะอีเมลในโดเมนที่เจ้าของอนุญาต (การตั้งค่าความปลอดภัย)</translation>
    </message>
    <message>
        <source>The server refused this address: %1</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธอีเมลนี้: %1</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>เพิกถอนคำเชิญ</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once.</source>
        <translation>เพิกถอนคำเชิญของ %1 หรือไม่? ลิงก์จะใช้งานไม่ได้ทันที</translation>
    </message>
</context>
<context>
    <name>purser::OrgMembersPanel</name>
    <message>
        <source>Change &amp;role</source>
        <translation>เปลี่ยนบทบาท (&amp;R)</translation>
    </message>
    <message>
        <source>Re&amp;move from organisation…</source>
        <translation>นำออกจากองค์กร… (&amp;M)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>สองปัจจัย</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>บทบาทใหม่</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s role</source>
        <translation>เปลี่ยนบทบาทของสมาชิกที่เลือก</translation>
    </message>
    <message>
        <source>Remove the selected member from the organisation</source>
        <translation>นำสมาชิกที่เลือกออกจากองค์กร</translation>
    </message>
    <message>
        <source>Members problem</source>
        <translation>ปัญหาสมาชิก</translation>
    </message>
    <message>
        <source>On</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>The server refused: an organisation keeps at least one owner. Make another member an owner first.</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธ: องค์กรต้องมีเจ้าของอย่างน้อยหนึ่งคน โปรดตั้งสมาชิกอื่นเป็นเจ้าของก่อน</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>นำสมาชิกออก</translation>
    </message>
    <message>
        <source>Remove %1 from the organisation? Their API keys here are revoked too.</source>
        <translation>นำ %1 ออกจากองค์กรหรือไม่? คีย์ API ของผู้นั้นในองค์กรนี้จะถูกเพิกถอนด้วย</translation>
    </message>
</context>
<context>
    <name>purser::OrgSecurityPanel</name>
    <message>
        <source>Require &amp;two-factor sign-in for every member</source>
        <translation>กำหนดให้สมาชิกทุกคนลงชื่อเข้าใช้แบบสองปัจจัย (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Save security settings</source>
        <translation>บันทึกการตั้งค่าความปลอดภัย (&amp;S)</translation>
    </message>
    <message>
        <source>Require two-factor sign-in</source>
        <translation>กำหนดให้ลงชื่อเข้าใช้แบบสองปัจจัย</translation>
    </message>
    <message>
        <source>Allowed email domains, one per line</source>
        <translation>โดเมนอีเมลที่อนุญาต บรรทัดละหนึ่งโดเมน</translation>
    </message>
    <message>
        <source>One domain per line, e.g. example.com; empty: any</source>
        <translation>บรรทัดละหนึ่งโดเมน เช่น example.com; เว้นว่าง: โดเมนใดก็ได้</translation>
    </message>
    <message>
        <source>Allowed email domains as the server matches them</source>
        <translation>โดเมนอีเมลที่อนุญาตตามที่เซิร์ฟเวอร์ใช้จับคู่</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Largest receipt upload in MiB</source>
        <translation>ขนาดใบเสร็จที่อัปโหลดได้สูงสุด (MiB)</translation>
    </message>
    <message>
        <source>Save the security settings</source>
        <translation>บันทึกการตั้งค่าความปลอดภัย</translation>
    </message>
    <message>
        <source>Security settings problem</source>
        <translation>ปัญหาการตั้งค่าความปลอดภัย</translation>
    </message>
    <message>
        <source>Allowed email &amp;domains:</source>
        <translation>โดเมนอีเมลที่อนุญาต: (&amp;D)</translation>
    </message>
    <message>
        <source>Matched as:</source>
        <translation>จับคู่เป็น:</translation>
    </message>
    <message>
        <source>Largest &amp;receipt:</source>
        <translation>ใบเสร็จใหญ่สุด: (&amp;R)</translation>
    </message>
    <message>
        <source>Any domain may be invited.</source>
        <translation>เชิญได้ทุกโดเมน</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธ: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>บันทึกแล้ว</translation>
    </message>
</context>
<context>
    <name>purser::OrganisationView</name>
    <message>
        <source>Organisation administration</source>
        <translation>การจัดการองค์กร</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>สมาชิก (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>คำเชิญ (&amp;I)</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>คีย์ API (&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>ความปลอดภัย (&amp;S)</translation>
    </message>
</context>
<context>
    <name>purser::Outbox</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>อ่าน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; this organisation accepts receipts up to %3 KiB.</source>
        <translation>%1 มีขนาด %2 KiB องค์กรนี้รับใบเสร็จได้ไม่เกิน %3 KiB</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG, PNG or WEBP file.</source>
        <translation>%1 ไม่ใช่ไฟล์ PDF, JPEG, PNG หรือ WEBP</translation>
    </message>
    <message>
        <source>The file to upload is gone or is no longer a receipt.</source>
        <translation>ไฟล์ที่จะอัปโหลดหายไปหรือไม่ใช่ใบเสร็จอีกต่อไป</translation>
    </message>
    <message>
        <source>Cannot write the offline data.</source>
        <translation>เขียนข้อมูลออฟไลน์ไม่ได้</translation>
    </message>
</context>
<context>
    <name>purser::OutboxFormDialog</name>
    <message>
        <source>Problems</source>
        <translation>ปัญหา</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>บันทึก</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>จำเป็นต้องกรอก</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD.</source>
        <translation>วันที่ในรูปแบบ YYYY-MM-DD</translation>
    </message>
    <message>
        <source>An email address.</source>
        <translation>ที่อยู่อีเมล</translation>
    </message>
    <message>
        <source>Already in use in this organisation.</source>
        <translation>มีการใช้แล้วในองค์กรนี้</translation>
    </message>
    <message>
        <source>Too early: %1.</source>
        <translation>เร็วเกินไป: %1</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>ไม่เกิน 200 ตัวอักษร</translation>
    </message>
    <message>
        <source>Not negative.</source>
        <translation>ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <source>Must not start with =, +, -, @, a tab or a line break.</source>
        <translation>ต้องไม่ขึ้นต้นด้วย =, +, -, @, แท็บ หรือการขึ้นบรรทัดใหม่</translation>
    </message>
    <message>
        <source>Written &quot;%1&quot; in this organisation.</source>
        <translation>องค์กรนี้เขียนว่า &quot;%1&quot;</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>ปัญหาของ %1</translation>
    </message>
    <message>
        <source>The change could not be written to the offline data.</source>
        <translation>เขียนการเปลี่ยนแปลงลงในข้อมูลออฟไลน์ไม่ได้</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>กำลังส่ง…</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>เซิร์ฟเวอร์ปฏิเสธ</translation>
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
        <translation>ตั้งวลีรหัสผ่านของ Purser</translation>
    </message>
    <message>
        <source>Unlock Purser</source>
        <translation>ปลดล็อก Purser</translation>
    </message>
    <message>
        <source>No system keychain works on this computer, so Purser protects your session and offline data with a passphrase instead. Choose one of at least %1 characters; it cannot be recovered.</source>
        <translation>คอมพิวเตอร์นี้ไม่มีพวงกุญแจของระบบที่ใช้งานได้ Purser จึงปกป้องเซสชันและข้อมูลออฟไลน์ของคุณด้วยวลีรหัสผ่านแทน โปรดตั้งวลีที่ยาวอย่างน้อย %1 ตัวอักษร ซึ่งจะกู้คืนไม่ได้</translation>
    </message>
    <message>
        <source>Enter your Purser passphrase to unlock your session and offline data.</source>
        <translation>ป้อนวลีรหัสผ่านของ Purser เพื่อปลดล็อกเซสชันและข้อมูลออฟไลน์</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>วลีรหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>ป้อนซ้ำ (&amp;R):</translation>
    </message>
    <message>
        <source>Use passphrase</source>
        <translation>ใช้วลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>ปลดล็อก</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>พวงกุญแจ: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>วลีรหัสผ่านทั้งสองไม่ตรงกัน</translation>
    </message>
</context>
<context>
    <name>purser::PassphraseSecretStore</name>
    <message>
        <source>your Purser passphrase</source>
        <translation>วลีรหัสผ่าน Purser ของคุณ</translation>
    </message>
    <message>
        <source>Cannot read the passphrase-protected secrets file.</source>
        <translation>อ่านไฟล์ความลับที่ป้องกันด้วยวลีรหัสผ่านไม่ได้</translation>
    </message>
    <message>
        <source>The passphrase-protected secrets file is damaged.</source>
        <translation>ไฟล์ความลับที่ป้องกันด้วยวลีรหัสผ่านเสียหาย</translation>
    </message>
    <message>
        <source>Cannot write the passphrase-protected secrets file.</source>
        <translation>เขียนไฟล์ความลับที่ป้องกันด้วยวลีรหัสผ่านไม่ได้</translation>
    </message>
    <message>
        <source>The passphrase must be at least 8 characters long.</source>
        <translation>วลีรหัสผ่านต้องยาวอย่างน้อย 8 ตัวอักษร</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>หน่วยความจำไม่พอสำหรับสร้างกุญแจจากวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>วลีรหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The passphrase has not been entered.</source>
        <translation>ยังไม่ได้ป้อนวลีรหัสผ่าน</translation>
    </message>
    <message>
        <source>A secret in the passphrase-protected file is damaged.</source>
        <translation>ความลับในไฟล์ที่ป้องกันด้วยวลีรหัสผ่านเสียหาย</translation>
    </message>
</context>
<context>
    <name>purser::PayrollRunDialog</name>
    <message>
        <source>Start a payroll run</source>
        <translation>เริ่มรอบจ่ายเงินเดือน</translation>
    </message>
    <message>
        <source>Period &amp;start:</source>
        <translation>เริ่มงวด(&amp;S):</translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation>สิ้นสุดงวด(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Pay date:</source>
        <translation>วันที่จ่าย(&amp;P):</translation>
    </message>
</context>
<context>
    <name>purser::PayrollView</name>
    <message>
        <source>&amp;Submit</source>
        <translation>ส่ง (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>อนุมัติ (&amp;A)</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>ทำเครื่องหมายว่าจ่ายแล้ว (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Return with note…</source>
        <translation>ส่งคืนพร้อมหมายเหตุ (&amp;R)…</translation>
    </message>
    <message>
        <source>Four eyes: a run is approved by a different person than the one who submitted it. Approved and paid runs are locked.</source>
        <translation>หลักสี่ตา: ผู้อนุมัติรอบเงินเดือนต้องไม่ใช่ผู้ส่ง รอบที่อนุมัติหรือจ่ายแล้วจะถูกล็อก</translation>
    </message>
    <message>
        <source>You submitted this run, so someone else must approve it.</source>
        <translation>คุณเป็นผู้ส่งรอบนี้ จึงต้องให้ผู้อื่นอนุมัติ</translation>
    </message>
    <message>
        <source>Period start</source>
        <translation>เริ่มงวด</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>สิ้นสุดงวด</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>วันจ่ายเงิน</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>รวมก่อนหัก</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>รายการหัก</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>สุทธิ</translation>
    </message>
    <message>
        <source>Payroll runs</source>
        <translation>รอบเงินเดือน</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>สลิปเงินเดือน</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>ส่งคืนเป็นฉบับร่าง</translation>
    </message>
    <message>
        <source>Why is this run going back? The preparer sees this note.</source>
        <translation>เหตุใดจึงส่งรอบนี้คืน ผู้จัดทำจะเห็นหมายเหตุนี้</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ร่าง</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>จ่ายแล้ว</translation>
    </message>
    <message>
        <source>S&amp;tart a run…</source>
        <translation>เริ่มรอบ(&amp;T)…</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>ลบร่าง(&amp;D)…</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>รหัสพนักงาน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>(not in the offline data)</source>
        <translation>(ไม่มีในข้อมูลออฟไลน์)</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>ลบร่าง</translation>
    </message>
    <message>
        <source>Delete the draft run for %1 to %2?</source>
        <translation>ลบร่างรอบจ่ายของ %1 ถึง %2 หรือไม่?</translation>
    </message>
    <message>
        <source>Its payslips are deleted with it. Only a draft can be deleted.</source>
        <translation>สลิปเงินเดือนจะถูกลบไปด้วย ลบได้เฉพาะร่างเท่านั้น</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>ลบ</translation>
    </message>
    <message>
        <source>Pa&amp;yslip as PDF…</source>
        <translation>สลิปเงินเดือนเป็น PDF(&amp;Y)…</translation>
    </message>
    <message>
        <source>All pa&amp;yslips as PDFs…</source>
        <translation>สลิปเงินเดือนทั้งหมดเป็น PDF(&amp;Y)…</translation>
    </message>
    <message>
        <source>Save payslip</source>
        <translation>บันทึกสลิปเงินเดือน</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>สลิปเงินเดือน</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
    <message>
        <source>Folder for every payslip of this run</source>
        <translation>โฟลเดอร์สำหรับสลิปเงินเดือนทุกใบของรอบนี้</translation>
    </message>
</context>
<context>
    <name>purser::PayslipPdf</name>
    <message>
        <source>Payslip</source>
        <translation>สลิปเงินเดือน</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>งวด</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>วันที่จ่าย</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>เงินได้รวม</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>เงินได้สุทธิ</translation>
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
        <translation>ทำงานอยู่</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>ลางาน</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>สิ้นสุดการจ้าง</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>เต็มเวลา</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>ไม่เต็มเวลา</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>สัญญาจ้าง</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>ฝึกงาน</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>ฉบับร่าง</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>ส่งแล้ว</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>อนุมัติแล้ว</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>จ่ายแล้ว</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>การเดินทาง</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>ค่าอาหาร</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>การฝึกอบรม</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>ค่ารักษาพยาบาล</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>อื่น ๆ</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>เจ้าของ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>ฝ่ายบุคคล</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>การเงิน</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>ข้อมูลส่วนบุคคลของ %1</translation>
    </message>
    <message>
        <source>Held by %1. Exported %2 at the request of %3.</source>
        <translation>จัดเก็บโดย %1 ส่งออกเมื่อ %2 ตามคำขอของ %3</translation>
    </message>
    <message>
        <source>This summary is for reading. The signed record is person.json in the same folder; &quot;purser verify-person-export&quot; checks it.</source>
        <translation>สรุปนี้มีไว้สำหรับอ่าน บันทึกที่ลงนามคือ person.json ในโฟลเดอร์เดียวกัน ตรวจสอบได้ด้วย &quot;purser verify-person-export&quot;</translation>
    </message>
    <message>
        <source>Employee record</source>
        <translation>ประวัติพนักงาน</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>ชื่อ</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>รหัสพนักงาน</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>อีเมล</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>แผนก</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>ตำแหน่ง</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>ประเภทการจ้าง</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>วันที่เริ่มงาน</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>วันที่สิ้นสุด</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>เลขประจำตัวประชาชน</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>ธนาคาร</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>บัญชีธนาคาร</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>เงินเดือนฐาน</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>สลิปเงินเดือน</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 ถึง %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>งวด</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>วันที่จ่าย</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>รายได้รวม</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>รายการหัก</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>รายได้สุทธิ</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>สถานะรอบเงินเดือน</translation>
    </message>
    <message>
        <source>No payslips.</source>
        <translation>ไม่มีสลิปเงินเดือน</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>การเบิกค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>วันที่</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>หมวดหมู่</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>จำนวนเงิน</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>ใบเสร็จ</translation>
    </message>
    <message>
        <source>No expense claims.</source>
        <translation>ไม่มีการเบิกค่าใช้จ่าย</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>บัญชีผู้ใช้</translation>
    </message>
    <message>
        <source>No user account is linked to this employee.</source>
        <translation>ไม่มีบัญชีผู้ใช้ที่เชื่อมกับพนักงานคนนี้</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>ชื่อที่แสดง</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>การลงชื่อเข้าใช้สองขั้นตอน</translation>
    </message>
    <message>
        <source>On</source>
        <translation>เปิด</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>ปิด</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>บทบาท</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>เป็นสมาชิกตั้งแต่</translation>
    </message>
    <message>
        <source>No membership in this organisation.</source>
        <translation>ไม่ได้เป็นสมาชิกขององค์กรนี้</translation>
    </message>
    <message>
        <source>Audit log entries about or by this person</source>
        <translation>รายการบันทึกการตรวจสอบที่เกี่ยวกับหรือทำโดยบุคคลนี้</translation>
    </message>
    <message>
        <source>When</source>
        <translation>เมื่อ</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>ผู้ใด</translation>
    </message>
    <message>
        <source>What</source>
        <translation>สิ่งที่ทำ</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>ไม่มีรายการ</translation>
    </message>
    <message numerus="yes">
        <source>%n further entries this person made are about other people&apos;s records; they are other people&apos;s data and are not included.</source>
        <translation>
            <numerusform>มีอีก %n รายการที่บุคคลนี้ทำเกี่ยวกับข้อมูลของผู้อื่น ซึ่งเป็นข้อมูลของผู้อื่นจึงไม่ได้รวมไว้</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosures of this person&apos;s data in the past year</source>
        <translation>การเปิดเผยข้อมูลของบุคคลนี้ในปีที่ผ่านมา</translation>
    </message>
    <message>
        <source>No disclosures.</source>
        <translation>ไม่มีการเปิดเผย</translation>
    </message>
</context>
<context>
    <name>purser::PersonalDataVerifier</name>
    <message>
        <source>Verification FAILED: %1</source>
        <translation type="unfinished">การตรวจสอบล้มเหลว: %1 {1?}</translation>
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
        <translation>ไม่ใช่ไฟล์ PDF, JPEG, PNG หรือ WEBP (ตรวจจากเนื้อหา)</translation>
    </message>
    <message>
        <source>&amp;Add receipts…</source>
        <translation>เพิ่มใบเสร็จ (&amp;A)…</translation>
    </message>
    <message>
        <source>Receipt drop area</source>
        <translation>พื้นที่วางใบเสร็จ</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG, PNG or WEBP receipts here</source>
        <translation>วางใบเสร็จ PDF, JPEG, PNG หรือ WEBP ที่นี่</translation>
    </message>
    <message>
        <source>Receipt files</source>
        <translation>ไฟล์ใบเสร็จ</translation>
    </message>
    <message>
        <source>Add receipts</source>
        <translation>เพิ่มใบเสร็จ</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>ใบเสร็จ (*.pdf *.jpg *.jpeg *.png *.webp);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <source>Drop receipts here (PDF, JPEG, PNG, WEBP; up to %1 each)</source>
        <translation>วางใบเสร็จที่นี่ (PDF, JPEG, PNG, WEBP; ไม่เกินไฟล์ละ %1)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>ไม่ใช่ไฟล์</translation>
    </message>
    <message>
        <source>too large: %1, the limit is %2</source>
        <translation>ใหญ่เกินไป: %1 ขีดจำกัดคือ %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>อ่านไม่ได้</translation>
    </message>
    <message>
        <source>%1 — queued</source>
        <translation>%1 — อยู่ในคิว</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — ถูกปฏิเสธ: %2</translation>
    </message>
    <message>
        <source>%1 — %2 (%3%)</source>
        <translation>%1 — %2 (%3%)</translation>
    </message>
</context>
<context>
    <name>purser::ReceiptList</name>
    <message>
        <source>&amp;Open receipt</source>
        <translation>เปิดใบเสร็จ (&amp;O)</translation>
    </message>
    <message>
        <source>Receipts of the selected claim</source>
        <translation>ใบเสร็จของการเบิกที่เลือก</translation>
    </message>
    <message>
        <source>Receipts:</source>
        <translation>ใบเสร็จ:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>กำลังเปิด %1…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>เปิด %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG, PNG or WEBP file.</source>
        <translation>%1 ไม่ใช่ไฟล์ PDF, JPEG, PNG หรือ WEBP</translation>
    </message>
    <message>
        <source>%1 cannot be shown: the picture is damaged.</source>
        <translation>แสดง %1 ไม่ได้: รูปภาพเสียหาย</translation>
    </message>
    <message>
        <source>Cannot keep %1 for the PDF viewer.</source>
        <translation>เก็บ %1 ไว้ให้โปรแกรมดู PDF ไม่ได้</translation>
    </message>
    <message>
        <source>No PDF viewer could open %1.</source>
        <translation>ไม่มีโปรแกรมดู PDF ที่เปิด %1 ได้</translation>
    </message>
    <message>
        <source>Receipt — %1</source>
        <translation>ใบเสร็จ — %1</translation>
    </message>
    <message>
        <source>Receipt image %1</source>
        <translation>รูปใบเสร็จ %1</translation>
    </message>
</context>
<context>
    <name>purser::RecordActionBar</name>
    <message>
        <source>Why an action is unavailable</source>
        <translation>เหตุที่ทำการกระทำนี้ไม่ได้</translation>
    </message>
</context>
<context>
    <name>purser::RecordNames</name>
    <message>
        <source>Payroll %1 – %2</source>
        <translation>เงินเดือน %1 – %2</translation>
    </message>
    <message>
        <source>Claim “%1”</source>
        <translation>คำขอเบิก “%1”</translation>
    </message>
    <message>
        <source>Receipt of %1</source>
        <translation>ใบเสร็จของ %1</translation>
    </message>
</context>
<context>
    <name>purser::Session</name>
    <message>
        <source>The server&apos;s sign-in answer is incomplete.</source>
        <translation>คำตอบการลงชื่อเข้าใช้จากเซิร์ฟเวอร์ไม่ครบถ้วน</translation>
    </message>
    <message>
        <source>The server&apos;s session answer is incomplete.</source>
        <translation>คำตอบเซสชันจากเซิร์ฟเวอร์ไม่ครบถ้วน</translation>
    </message>
    <message>
        <source>You are not a member of any organisation.</source>
        <translation>คุณไม่ได้เป็นสมาชิกขององค์กรใด</translation>
    </message>
</context>
<context>
    <name>purser::SessionHeader</name>
    <message>
        <source>No organisation</source>
        <translation>ไม่มีองค์กร</translation>
    </message>
    <message>
        <source>%1 (%2) · %3</source>
        <translation>%1 (%2) · %3</translation>
    </message>
</context>
<context>
    <name>purser::SessionStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>พวงกุญแจของระบบใช้งานไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>purser::SessionsPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>รีเฟรช (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Revoke session</source>
        <translation>เพิกถอนเซสชัน (&amp;R)</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>เซสชันของฉัน</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>อุปกรณ์</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>ใช้ล่าสุด</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>ที่อยู่</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>อุปกรณ์ที่ไม่รู้จัก</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (เซสชันนี้)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n เซสชัน</numerusform>
        </translation>
    </message>
    <message>
        <source>Session revoked.</source>
        <translation>เพิกถอนเซสชันแล้ว</translation>
    </message>
</context>
<context>
    <name>purser::SettingsView</name>
    <message>
        <source>&amp;Language:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>ซิงค์ทุก (&amp;E):</translation>
    </message>
    <message>
        <source>Offline data:</source>
        <translation>ข้อมูลออฟไลน์:</translation>
    </message>
    <message>
        <source>&amp;Remove offline data…</source>
        <translation>ลบข้อมูลออฟไลน์ (&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Forget this certificate</source>
        <translation>ลืมใบรับรองนี้ (&amp;F)</translation>
    </message>
    <message>
        <source>Check the &amp;keychain again</source>
        <translation>ตรวจสอบพวงกุญแจอีกครั้ง (&amp;K)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>ภาษา</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>ค่าเริ่มต้นของระบบ</translation>
    </message>
    <message>
        <source> min</source>
        <translation> นาที</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>ช่วงเวลาซิงค์เป็นนาที</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>เซิร์ฟเวอร์:</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>ใบรับรองที่ปักหมุด:</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>เก็บความลับไว้ใน:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>พวงกุญแจ:</translation>
    </message>
    <message>
        <source>The new language applies the next time Purser starts.</source>
        <translation>ภาษาใหม่จะมีผลเมื่อเริ่ม Purser ครั้งถัดไป</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>กำลังตรวจสอบ…</translation>
    </message>
    <message>
        <source>Available: your sign-in is stored there.</source>
        <translation>ใช้งานได้: การลงชื่อเข้าใช้ของคุณเก็บอยู่ที่นั่น</translation>
    </message>
    <message>
        <source>Available: no sign-in of yours is stored there.</source>
        <translation>ใช้งานได้: ไม่มีการลงชื่อเข้าใช้ของคุณเก็บอยู่ที่นั่น</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>ใช้งานไม่ได้: %1</translation>
    </message>
    <message>
        <source>None pinned</source>
        <translation>ไม่ได้ปักหมุด</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>พวงกุญแจของระบบ</translation>
    </message>
    <message>
        <source>%1; the offline data is encrypted with a key kept there.</source>
        <translation>%1 ข้อมูลออฟไลน์เข้ารหัสด้วยกุญแจที่เก็บไว้ที่นั่น</translation>
    </message>
    <message>
        <source>%1. No offline data is open.</source>
        <translation>%1 ไม่มีข้อมูลออฟไลน์ที่เปิดอยู่</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>ล็อกหลังจากไม่มีการใช้งานกี่นาที</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>ล็อกหลังจาก (&amp;K):</translation>
    </message>
    <message>
        <source>Audit signing keys</source>
        <translation>กุญแจลงนามการตรวจสอบ</translation>
    </message>
    <message>
        <source>This computer&apos;s witness key</source>
        <translation>กุญแจพยานของคอมพิวเตอร์นี้</translation>
    </message>
    <message>
        <source>Required witnesses</source>
        <translation>พยานที่กำหนด</translation>
    </message>
    <message>
        <source>Witness key fingerprints, separated by commas</source>
        <translation>ลายนิ้วมือกุญแจพยาน คั่นด้วยเครื่องหมายจุลภาค</translation>
    </message>
    <message>
        <source>An export is called verified only when these witnesses (for example two auditors&apos; computers) cosigned its checkpoint.</source>
        <translation>ไฟล์ส่งออกจะถือว่ายืนยันแล้วก็ต่อเมื่อพยานเหล่านี้ (เช่น คอมพิวเตอร์ของผู้ตรวจสอบสองคน) ได้ลงนามร่วมในจุดตรวจสอบของไฟล์นั้น</translation>
    </message>
    <message>
        <source>Audit signing key:</source>
        <translation>กุญแจลงนามการตรวจสอบ:</translation>
    </message>
    <message>
        <source>Witness key:</source>
        <translation>กุญแจพยาน:</translation>
    </message>
    <message>
        <source>Require &amp;witnesses:</source>
        <translation>พยานที่กำหนด (&amp;W):</translation>
    </message>
    <message>
        <source>Not saved: &quot;%1&quot; is not a witness key fingerprint (64 hexadecimal digits).</source>
        <translation>ไม่ได้บันทึก: &quot;%1&quot; ไม่ใช่ลายนิ้วมือกุญแจพยาน (เลขฐานสิบหก 64 หลัก)</translation>
    </message>
    <message>
        <source>None pinned yet (pinned at the first sync)</source>
        <translation>ยังไม่ได้ปักหมุด (ปักหมุดเมื่อซิงค์ครั้งแรก)</translation>
    </message>
    <message>
        <source>None yet (made when this computer first cosigns a checkpoint)</source>
        <translation>ยังไม่มี (สร้างเมื่อคอมพิวเตอร์นี้ลงนามร่วมในจุดตรวจสอบเป็นครั้งแรก)</translation>
    </message>
</context>
<context>
    <name>purser::SignInDialog</name>
    <message>
        <source>Sign in to Purser</source>
        <translation>ลงชื่อเข้าใช้ Purser</translation>
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
        <translation>ลงชื่อเข้าใช้</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>กำลังลงชื่อเข้าใช้…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>เซิร์ฟเวอร์ (&amp;S):</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>อีเมล (&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://purser.example.com:8443.</source>
        <translation>ป้อนที่อยู่เซิร์ฟเวอร์ เช่น https://purser.example.com:8443</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>ป้อนที่อยู่อีเมลของคุณ</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>ป้อนรหัสผ่านของคุณ</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>รหัสยืนยันสองขั้นตอน (&amp;C):</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>รหัสผ่าน</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>รหัสยืนยันสองขั้นตอน</translation>
    </message>
    <message>
        <source>6 digits, or a backup code</source>
        <translation>ตัวเลข 6 หลัก หรือรหัสสำรอง</translation>
    </message>
    <message>
        <source>Enter your password and the code from your authenticator app.</source>
        <translation>ป้อนรหัสผ่านและรหัสจากแอปยืนยันตัวตน</translation>
    </message>
</context>
<context>
    <name>purser::SyncEngine</name>
    <message>
        <source>You are no longer a member of this organisation.</source>
        <translation>คุณไม่ได้เป็นสมาชิกขององค์กรนี้แล้ว</translation>
    </message>
    <message>
        <source>Cannot write the offline data.</source>
        <translation>เขียนข้อมูลออฟไลน์ไม่ได้</translation>
    </message>
</context>
<context>
    <name>purser::SyncStatusWidget</name>
    <message>
        <source>Online</source>
        <translation>ออนไลน์</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>ซิงค์ล่าสุด %1</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>ความคืบหน้าการซิงค์</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>การเปลี่ยนแปลงที่รอส่ง</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>ลองใหม่ทันที</translation>
    </message>
    <message>
        <source>Retry the connection now</source>
        <translation>ลองเชื่อมต่อใหม่ทันที</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>สถานะการเชื่อมต่อ</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>ยังไม่ได้ซิงค์</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %n item(s)</source>
        <translation>
            <numerusform>กำลังซิงค์ %1: %n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>การเปลี่ยนแปลง %n รายการรอส่ง</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit history alarm</source>
        <translation>สัญญาณเตือนประวัติการตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>purser::TwoFactorPanel</name>
    <message>
        <source>Two-factor is off. With it on, signing in also asks for a code from an authenticator app on your phone.</source>
        <translation>การยืนยันสองขั้นตอนปิดอยู่ เมื่อเปิด การเข้าสู่ระบบจะขอรหัสจากแอปยืนยันตัวตนบนโทรศัพท์ของคุณด้วย</translation>
    </message>
    <message>
        <source>Password to turn on two-factor</source>
        <translation>รหัสผ่านเพื่อเปิดการยืนยันสองขั้นตอน</translation>
    </message>
    <message>
        <source>Turn &amp;on two-factor…</source>
        <translation>เปิดการยืนยันสองขั้นตอน (&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>รหัสผ่าน (&amp;P):</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app, or type the secret into it. Then enter the first code the app shows.</source>
        <translation>สแกนรหัสนี้ด้วยแอปยืนยันตัวตน หรือพิมพ์รหัสลับลงในแอป แล้วป้อนรหัสแรกที่แอปแสดง</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>คิวอาร์โค้ดสำหรับแอปยืนยันตัวตน</translation>
    </message>
    <message>
        <source>First code from the app</source>
        <translation>รหัสแรกจากแอป</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>ยืนยัน (&amp;C)</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>รหัสลับ:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>รหัส (&amp;C):</translation>
    </message>
    <message>
        <source>Two-factor is on. These backup codes are shown only now: each signs you in once when your phone is not at hand. Save or print them and keep them somewhere safe.</source>
        <translation>เปิดการยืนยันสองขั้นตอนแล้ว รหัสสำรองเหล่านี้แสดงเพียงครั้งนี้เท่านั้น แต่ละรหัสใช้เข้าสู่ระบบได้หนึ่งครั้งเมื่อไม่มีโทรศัพท์อยู่ใกล้ตัว โปรดบันทึกหรือพิมพ์และเก็บไว้ในที่ปลอดภัย</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>รหัสสำรอง</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>บันทึก (&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>พิมพ์ (&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Done, I kept them</source>
        <translation>เสร็จแล้ว เก็บไว้แล้ว (&amp;D)</translation>
    </message>
    <message>
        <source>Two-factor is on. To turn it off, enter your password and a code from your app.</source>
        <translation>เปิดการยืนยันสองขั้นตอนอยู่ หากต้องการปิด ให้ป้อนรหัสผ่านและรหัสจากแอป</translation>
    </message>
    <message>
        <source>Password to turn off two-factor</source>
        <translation>รหัสผ่านเพื่อปิดการยืนยันสองขั้นตอน</translation>
    </message>
    <message>
        <source>Code to turn off two-factor</source>
        <translation>รหัสเพื่อปิดการยืนยันสองขั้นตอน</translation>
    </message>
    <message>
        <source>Turn o&amp;ff two-factor</source>
        <translation>ปิดการยืนยันสองขั้นตอน (&amp;F)</translation>
    </message>
    <message>
        <source>Asking the server for a secret…</source>
        <translation>กำลังขอรหัสลับจากเซิร์ฟเวอร์…</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>รหัสผ่านไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be drawn as a QR code.</source>
        <translation>ไม่สามารถวาดคำตอบของเซิร์ฟเวอร์เป็นคิวอาร์โค้ดได้</translation>
    </message>
    <message>
        <source>That code is not right. Check the time on your phone and enter the code the app shows now.</source>
        <translation>รหัสไม่ถูกต้อง ตรวจสอบเวลาบนโทรศัพท์แล้วป้อนรหัสที่แอปแสดงอยู่ตอนนี้</translation>
    </message>
    <message>
        <source>Two-factor is on. Your other sessions were signed out.</source>
        <translation>เปิดการยืนยันสองขั้นตอนแล้ว เซสชันอื่นของคุณถูกออกจากระบบแล้ว</translation>
    </message>
    <message>
        <source>The password or the code is not right.</source>
        <translation>รหัสผ่านหรือรหัสไม่ถูกต้อง</translation>
    </message>
    <message>
        <source>Two-factor is off.</source>
        <translation>ปิดการยืนยันสองขั้นตอนแล้ว</translation>
    </message>
    <message>
        <source>Purser backup codes for %1 (each works once):</source>
        <translation>รหัสสำรอง Purser สำหรับ %1 (แต่ละรหัสใช้ได้ครั้งเดียว):</translation>
    </message>
    <message>
        <source>Save backup codes</source>
        <translation>บันทึกรหัสสำรอง</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>ไฟล์ข้อความ (*.txt)</translation>
    </message>
    <message>
        <source>The codes could not be saved there.</source>
        <translation>ไม่สามารถบันทึกรหัสไว้ที่นั่นได้</translation>
    </message>
    <message>
        <source>Backup codes saved.</source>
        <translation>บันทึกรหัสสำรองแล้ว</translation>
    </message>
    <message>
        <source>Print backup codes</source>
        <translation>พิมพ์รหัสสำรอง</translation>
    </message>
</context>
<context>
    <name>purser::WorkspaceHeader</name>
    <message>
        <source>Owner</source>
        <translation>เจ้าของ</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>ผู้ดูแล</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>การเงิน</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>ผู้ตรวจสอบ</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>สมาชิก</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>ผู้ดู</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>องค์กร (&amp;O):</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>องค์กร</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>purser::headless</name>
    <message>
        <source>Organisation id.</source>
        <translation type="unfinished">รหัสองค์กร</translation>
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
