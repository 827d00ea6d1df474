<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>purser::MainWindow</name>
    <message>
        <source>Purser</source>
        <translation>Purser</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fail</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Sunting</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Paparan</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Bantuan</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Cari</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Segerak sekarang</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Log &amp;keluar</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Keluar</translation>
    </message>
    <message>
        <source>&amp;About Purser</source>
        <translation>&amp;Perihal Purser</translation>
    </message>
    <message>
        <source>Views</source>
        <translation>Paparan</translation>
    </message>
</context>
<context>
    <name>ViewCatalog</name>
    <message>
        <source>Employees</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Payroll</source>
        <translation>Gaji</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Tuntutan</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Tetapan</translation>
    </message>
</context>
<context>
    <name>purser::SyncStatusWidget</name>
    <message>
        <source>Online</source>
        <translation>Dalam talian</translation>
    </message>
    <message>
        <source>Last sync %1</source>
        <translation>Segerak terakhir %1</translation>
    </message>
    <message>
        <source>Not synced in this session</source>
        <translation>Belum disegerak dalam sesi ini</translation>
    </message>
</context>
<context>
    <name>purser::EmployeesView</name>
    <message>
        <source>Search employees</source>
        <translation>Cari pekerja</translation>
    </message>
    <message>
        <source>All departments</source>
        <translation>Semua jabatan</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Sebarang status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktif</translation>
    </message>
    <message>
        <source>On leave</source>
        <translation>Bercuti</translation>
    </message>
    <message>
        <source>Terminated</source>
        <translation>Ditamatkan</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Sebarang jenis</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Sunting…</translation>
    </message>
</context>
<context>
    <name>purser::PayrollView</name>
    <message>
        <source>&amp;Submit</source>
        <translation>&amp;Hantar</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Luluskan</translation>
    </message>
    <message>
        <source>Mark &amp;paid</source>
        <translation>Tanda &amp;dibayar</translation>
    </message>
    <message>
        <source>&amp;Return with note…</source>
        <translation>&amp;Pulangkan dengan nota…</translation>
    </message>
    <message>
        <source>Four eyes: a run is approved by a different person than the one who submitted it. Approved and paid runs are locked.</source>
        <translation>Empat mata: sesuatu larian diluluskan oleh orang lain daripada yang menghantarnya. Larian yang diluluskan dan dibayar dikunci.</translation>
    </message>
    <message>
        <source>You submitted this run, so someone else must approve it.</source>
        <translation>Anda menghantar larian ini, jadi orang lain mesti meluluskannya.</translation>
    </message>
</context>
<context>
    <name>purser::ClaimsView</name>
    <message>
        <source>&amp;New claim…</source>
        <translation>Tuntutan &amp;baharu…</translation>
    </message>
    <message>
        <source>Re&amp;ject…</source>
        <translation>&amp;Tolak…</translation>
    </message>
    <message>
        <source>You cannot review your own claim.</source>
        <translation>Anda tidak boleh menyemak tuntutan sendiri.</translation>
    </message>
</context>
<context>
    <name>purser::ReceiptDropArea</name>
    <message>
        <source>Drop receipts here (PDF, JPEG, PNG, WEBP)</source>
        <translation>Lepaskan resit di sini (PDF, JPEG, PNG, WEBP)</translation>
    </message>
    <message>
        <source>not a PDF, JPEG, PNG or WEBP file (checked by content)</source>
        <translation>bukan fail PDF, JPEG, PNG atau WEBP (disemak mengikut kandungan)</translation>
    </message>
</context>
<context>
    <name>purser::AuditLogView</name>
    <message>
        <source>Search the audit log</source>
        <translation>Cari log audit</translation>
    </message>
    <message>
        <source>&amp;Verify integrity</source>
        <translation>&amp;Sahkan integriti</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>&amp;Eksport</translation>
    </message>
    <message>
        <source>UTF-8 &amp;BOM for Excel</source>
        <translation>&amp;BOM UTF-8 untuk Excel</translation>
    </message>
</context>
<context>
    <name>purser::SettingsView</name>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Bahasa:</translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation>Segerak &amp;setiap:</translation>
    </message>
    <message>
        <source>Offline data:</source>
        <translation>Data luar talian:</translation>
    </message>
    <message>
        <source>&amp;Remove offline data…</source>
        <translation>&amp;Buang data luar talian…</translation>
    </message>
</context>
</TS>
