<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th">
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
        <source>Not synced in this session</source>
        <translation>ยังไม่ได้ซิงค์ในเซสชันนี้</translation>
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
</context>
<context>
    <name>purser::ReceiptDropArea</name>
    <message>
        <source>Drop receipts here (PDF, JPEG, PNG, WEBP)</source>
        <translation>วางใบเสร็จที่นี่ (PDF, JPEG, PNG, WEBP)</translation>
    </message>
    <message>
        <source>not a PDF, JPEG, PNG or WEBP file (checked by content)</source>
        <translation>ไม่ใช่ไฟล์ PDF, JPEG, PNG หรือ WEBP (ตรวจจากเนื้อหา)</translation>
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
</context>
</TS>
