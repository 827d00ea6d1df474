<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ms">
<context>
    <name>ConnectionState</name>
    <message>
        <source>Signed out</source>
        <translation>Telah log keluar</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Menyambung…</translation>
    </message>
    <message>
        <source>Online</source>
        <translation>Dalam talian</translation>
    </message>
    <message>
        <source>Offline: cannot reach the server</source>
        <translation>Luar talian: pelayan tidak dapat dihubungi</translation>
    </message>
    <message>
        <source>The server reported a problem</source>
        <translation>Pelayan melaporkan masalah</translation>
    </message>
    <message>
        <source>Please sign in again</source>
        <translation>Sila log masuk semula</translation>
    </message>
    <message>
        <source>Server certificate changed: not connected</source>
        <translation>Sijil pelayan berubah: tidak disambungkan</translation>
    </message>
</context>
<context>
    <name>EmployeeColumn</name>
    <message>
        <source>No.</source>
        <translation>No.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jawatan</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Jenis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tarikh mula</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>No. pengenalan</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Akaun bank</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>Gaji pokok</translation>
    </message>
</context>
<context>
    <name>EmployeeTableModel</name>
    <message>
        <source>Full time</source>
        <translation>Sepenuh masa</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Separuh masa</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Pelatih</translation>
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
</context>
<context>
    <name>KeychainSecretStore</name>
    <message>
        <source>The system keychain is not available: %1</source>
        <translation>Rantai kunci sistem tidak tersedia: %1</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>rantai kunci sistem</translation>
    </message>
</context>
<context>
    <name>OrgAdminText</name>
    <message>
        <source>This needs a connection to the server, and Purser cannot reach it now. Nothing was changed and nothing was queued: try again when you are connected.</source>
        <translation>Ini memerlukan sambungan ke pelayan, dan Purser tidak dapat menghubunginya sekarang. Tiada apa-apa diubah dan tiada apa-apa dibaris gilir: cuba lagi apabila anda bersambung.</translation>
    </message>
    <message>
        <source>Your session has ended. Sign in again, then try once more.</source>
        <translation>Sesi anda telah tamat. Log masuk semula, kemudian cuba sekali lagi.</translation>
    </message>
    <message>
        <source>The server refused: this organisation requires two-factor sign-in, and your account has none. Turn it on in My account first.</source>
        <translation>Pelayan menolak: organisasi ini mewajibkan log masuk dua faktor, dan akaun anda tidak mempunyainya. Hidupkannya dalam Akaun saya dahulu.</translation>
    </message>
    <message>
        <source>The server refused: your role may not do this. (%1)</source>
        <translation>Pelayan menolak: peranan anda tidak dibenarkan melakukan ini. (%1)</translation>
    </message>
    <message>
        <source>It is no longer there: someone may have changed it. The list is refreshed.</source>
        <translation>Ia sudah tiada: mungkin seseorang telah mengubahnya. Senarai dimuat semula.</translation>
    </message>
</context>
<context>
    <name>SessionHeader</name>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Pentadbir</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Kewangan</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Juruaudit</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Pemerhati</translation>
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
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Server address to sign in to.</source>
        <translation>Alamat pelayan untuk log masuk.</translation>
    </message>
</context>
<context>
    <name>purser</name>
    <message>
        <source>Server address.</source>
        <translation>Alamat pelayan.</translation>
    </message>
    <message>
        <source>Your email.</source>
        <translation>E-mel anda.</translation>
    </message>
    <message>
        <source>Trust the server&apos;s certificate with this SHA-256 fingerprint.</source>
        <translation>Percayai sijil pelayan dengan cap jari SHA-256 ini.</translation>
    </message>
    <message>
        <source>Usage: purser sign-in --server URL --email EMAIL [--pin-sha256 FINGERPRINT] (password on standard input)</source>
        <translation>Penggunaan: purser sign-in --server URL --email EMAIL [--pin-sha256 FINGERPRINT] (kata laluan melalui input standard)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an https server address.</source>
        <translation>&quot;%1&quot; bukan alamat pelayan https.</translation>
    </message>
    <message>
        <source>--pin-sha256 needs a SHA-256 fingerprint (64 hex digits).</source>
        <translation>--pin-sha256 memerlukan cap jari SHA-256 (64 digit heks).</translation>
    </message>
    <message>
        <source>Give the password on standard input.</source>
        <translation>Berikan kata laluan melalui input standard.</translation>
    </message>
    <message>
        <source>Sign-in failed.</source>
        <translation>Log masuk gagal.</translation>
    </message>
    <message>
        <source>Signed in, but you are not a member of any organisation.</source>
        <translation>Telah log masuk, tetapi anda bukan ahli mana-mana organisasi.</translation>
    </message>
    <message>
        <source>Signed in as %1 to %2 (%3). Run &quot;purser sync&quot; to download the offline data.</source>
        <translation>Log masuk sebagai %1 ke %2 (%3). Jalankan &quot;purser sync&quot; untuk memuat turun data luar talian.</translation>
    </message>
    <message>
        <source>Organisation id.</source>
        <translation>Id organisasi.</translation>
    </message>
    <message>
        <source>Items per page.</source>
        <translation>Item setiap halaman.</translation>
    </message>
    <message>
        <source>Discard offline data that cannot be opened.</source>
        <translation>Buang data luar talian yang tidak dapat dibuka.</translation>
    </message>
    <message>
        <source>Which organisation? Use --org.</source>
        <translation>Organisasi yang mana? Gunakan --org.</translation>
    </message>
    <message>
        <source>%1 change(s) are kept and will be sent on the next sync.</source>
        <translation>%1 perubahan disimpan dan akan dihantar pada segerak seterusnya.</translation>
    </message>
    <message>
        <source>Synced. %1 change(s) still need your attention.</source>
        <translation>Telah disegerakkan. %1 perubahan masih memerlukan perhatian anda.</translation>
    </message>
    <message>
        <source>Also delete the offline data and its key.</source>
        <translation>Padam juga data luar talian dan kuncinya.</translation>
    </message>
    <message>
        <source>Remove offline data even with unsent changes.</source>
        <translation>Buang data luar talian walaupun ada perubahan belum dihantar.</translation>
    </message>
    <message>
        <source>%1 change(s) made here have not reached the server and would be lost. Run &quot;purser sync&quot; first, or add --discard-unsent.</source>
        <translation>%1 perubahan yang dibuat di sini belum sampai ke pelayan dan akan hilang. Jalankan &quot;purser sync&quot; dahulu, atau tambah --discard-unsent.</translation>
    </message>
    <message>
        <source>Signed out; the offline data and its key were removed.</source>
        <translation>Telah log keluar; data luar talian dan kuncinya telah dibuang.</translation>
    </message>
    <message>
        <source>Signed out. The offline data stays encrypted on this computer.</source>
        <translation>Telah log keluar. Data luar talian kekal disulitkan pada komputer ini.</translation>
    </message>
    <message>
        <source>First day or time.</source>
        <translation>Hari atau masa pertama.</translation>
    </message>
    <message>
        <source>Last day or time.</source>
        <translation>Hari atau masa terakhir.</translation>
    </message>
    <message>
        <source>csv or jsonl.</source>
        <translation>csv atau jsonl.</translation>
    </message>
    <message>
        <source>Output file.</source>
        <translation>Fail output.</translation>
    </message>
    <message>
        <source>--from needs a date (YYYY-MM-DD) or an RFC 3339 time.</source>
        <translation>--from memerlukan tarikh (YYYY-MM-DD) atau masa RFC 3339.</translation>
    </message>
    <message>
        <source>--to needs a date (YYYY-MM-DD) or an RFC 3339 time.</source>
        <translation>--to memerlukan tarikh (YYYY-MM-DD) atau masa RFC 3339.</translation>
    </message>
    <message>
        <source>There is no offline data for that organisation. Run &quot;purser sync&quot; first.</source>
        <translation>Tiada data luar talian untuk organisasi itu. Jalankan &quot;purser sync&quot; dahulu.</translation>
    </message>
    <message>
        <source>the signing key is not an Ed25519 public key</source>
        <translation>kunci tandatangan bukan kunci awam Ed25519</translation>
    </message>
    <message>
        <source>the signature of the checkpoint at entry %1 is not valid</source>
        <translation>tandatangan titik semak pada entri %1 tidak sah</translation>
    </message>
    <message>
        <source>the server does not publish the key that signed it</source>
        <translation>pelayan tidak menerbitkan kunci yang menandatanganinya</translation>
    </message>
    <message>
        <source>No system keychain works here (%1). Reading your Purser passphrase from standard input instead.</source>
        <translation>Tiada rantai kunci sistem yang berfungsi di sini (%1). Membaca frasa laluan Purser anda daripada input standard.</translation>
    </message>
    <message>
        <source>Not signed in. Run &quot;purser sign-in&quot; first.</source>
        <translation>Belum log masuk. Jalankan &quot;purser sign-in&quot; dahulu.</translation>
    </message>
    <message>
        <source>Your session has ended. Run &quot;purser sign-in&quot; again; nothing was lost.</source>
        <translation>Sesi anda telah tamat. Jalankan &quot;purser sign-in&quot; semula; tiada apa-apa yang hilang.</translation>
    </message>
    <message>
        <source>To discard it and download it again, run: purser sync --discard-offline-data</source>
        <translation>Untuk membuangnya dan memuat turun semula, jalankan: purser sync --discard-offline-data</translation>
    </message>
    <message>
        <source>Discarded the offline data; downloading it again.</source>
        <translation>Data luar talian telah dibuang; memuat turun semula.</translation>
    </message>
    <message>
        <source>Check every row and report; send nothing.</source>
        <translation>Semak setiap baris dan laporkan; tiada yang dihantar.</translation>
    </message>
    <message>
        <source>JSON file: field → CSV column.</source>
        <translation>Fail JSON: medan → lajur CSV.</translation>
    </message>
    <message>
        <source>Usage: purser import-employees FILE --org ORG [--dry-run] [--mapping FILE]</source>
        <translation>Penggunaan: purser import-employees FAIL --org ORG [--dry-run] [--mapping FAIL]</translation>
    </message>
    <message>
        <source>--mapping needs a JSON object such as {&quot;full_name&quot;: &quot;Name&quot;}.</source>
        <translation>--mapping memerlukan objek JSON seperti {&quot;full_name&quot;: &quot;Name&quot;}.</translation>
    </message>
    <message>
        <source>Cannot write to the offline data.</source>
        <translation>Tidak dapat menulis ke data luar talian.</translation>
    </message>
    <message>
        <source>%1 row(s) wait in the outbox; &quot;purser sync&quot; sends them.</source>
        <translation>%1 baris menunggu dalam peti keluar; &quot;purser sync&quot; menghantarnya.</translation>
    </message>
    <message>
        <source>Only the entries about this record id.</source>
        <translation>Hanya entri mengenai id rekod ini.</translation>
    </message>
    <message>
        <source>Usage: purser export-audit --org ORG [--from T] [--to T] [--entity ID] --format csv|jsonl --out FILE</source>
        <translation>Penggunaan: purser export-audit --org ORG [--from T] [--to T] [--entity ID] --format csv|jsonl --out FILE</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a signing key you trust (repeatable).</source>
        <translation>Cap jari SHA-256 bagi kunci tandatangan yang anda percayai (boleh diulang).</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint of a witness key whose cosignature the export must carry (repeatable).</source>
        <translation>Cap jari SHA-256 bagi kunci saksi yang tandatangan bersamanya mesti ada pada eksport (boleh diulang).</translation>
    </message>
    <message>
        <source>The exported file.</source>
        <translation>Fail yang dieksport.</translation>
    </message>
    <message>
        <source>Usage: purser verify-export [--trusted-key FINGERPRINT]... [--require-witness FINGERPRINT]... FILE</source>
        <translation>Penggunaan: purser verify-export [--trusted-key FINGERPRINT]... [--require-witness FINGERPRINT]... FILE</translation>
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
        <translation>Anda belum log masuk, atau sesi anda telah tamat.</translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation>Peranan anda tidak membenarkan ini.</translation>
    </message>
    <message>
        <source>Not found.</source>
        <translation>Tidak dijumpai.</translation>
    </message>
    <message>
        <source>Too many attempts. Please wait a few minutes and try again.</source>
        <translation>Terlalu banyak percubaan. Sila tunggu beberapa minit dan cuba lagi.</translation>
    </message>
    <message>
        <source>The server had a problem. Please try again later.</source>
        <translation>Pelayan menghadapi masalah. Sila cuba lagi kemudian.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP %1).</source>
        <translation>Pelayan menolak permintaan (HTTP %1).</translation>
    </message>
    <message>
        <source>No server address is set.</source>
        <translation>Alamat pelayan belum ditetapkan.</translation>
    </message>
    <message>
        <source>Cannot read the file to upload.</source>
        <translation>Tidak dapat membaca fail untuk dimuat naik.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has changed since you last connected to %1. This can mean someone is intercepting the connection. Nothing was sent. Ask your administrator whether the server&apos;s certificate was replaced.</source>
        <translation>Sijil pelayan telah berubah sejak anda kali terakhir menyambung ke %1. Ini mungkin bermaksud seseorang sedang memintas sambungan. Tiada apa-apa dihantar. Tanya pentadbir anda sama ada sijil pelayan telah diganti.</translation>
    </message>
    <message>
        <source>The server at %1 presented a certificate that is not trusted. Nothing was sent.</source>
        <translation>Pelayan di %1 memberikan sijil yang tidak dipercayai. Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid.</source>
        <translation>Sijil pelayan tidak sah.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate has expired.</source>
        <translation>Sijil pelayan telah tamat tempoh.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate is not valid yet. Check your computer&apos;s date and time.</source>
        <translation>Sijil pelayan belum sah. Semak tarikh dan masa komputer anda.</translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not issued for %1.</source>
        <translation>Sijil pelayan tidak dikeluarkan untuk %1.</translation>
    </message>
    <message>
        <source>Cannot connect securely to %1. %2 Nothing was sent.</source>
        <translation>Tidak dapat menyambung dengan selamat ke %1. %2 Tiada apa-apa dihantar.</translation>
    </message>
    <message>
        <source>You did not trust the certificate of %1, so Purser did not connect.</source>
        <translation>Anda tidak mempercayai sijil %1, jadi Purser tidak menyambung.</translation>
    </message>
    <message>
        <source>Cannot connect securely to %1. The server may not support TLS 1.2 or newer.</source>
        <translation>Tidak dapat menyambung dengan selamat ke %1. Pelayan mungkin tidak menyokong TLS 1.2 atau lebih baharu.</translation>
    </message>
    <message>
        <source>The server at %1 did not answer in time.</source>
        <translation>Pelayan di %1 tidak menjawab dalam masa.</translation>
    </message>
    <message>
        <source>Cannot reach the server at %1. Check the address and your network connection.</source>
        <translation>Tidak dapat menghubungi pelayan di %1. Semak alamat dan sambungan rangkaian anda.</translation>
    </message>
    <message>
        <source>The server sent an answer Purser cannot read.</source>
        <translation>Pelayan menghantar jawapan yang tidak dapat dibaca oleh Purser.</translation>
    </message>
</context>
<context>
    <name>purser::ApiKeyShownOnceDialog</name>
    <message>
        <source>&amp;Copy key</source>
        <translation>&amp;Salin kunci</translation>
    </message>
    <message>
        <source>New API key &quot;%1&quot;</source>
        <translation>Kunci API baharu &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The new API key</source>
        <translation>Kunci API baharu</translation>
    </message>
    <message>
        <source>Copy the new API key</source>
        <translation>Salin kunci API baharu</translation>
    </message>
    <message>
        <source>This is the only time this key is shown: Purser and the server keep only a fingerprint of it. Copy it now into the program that will use it, and treat it like a password. Lost keys cannot be recovered; revoke them and create a new one.</source>
        <translation>Ini satu-satunya kali kunci ini ditunjukkan: Purser dan pelayan hanya menyimpan cap jarinya. Salin sekarang ke dalam program yang akan menggunakannya, dan jaga seperti kata laluan. Kunci yang hilang tidak boleh dipulihkan; batalkannya dan cipta yang baharu.</translation>
    </message>
</context>
<context>
    <name>purser::AppController</name>
    <message>
        <source>Your session has ended. Please sign in again.</source>
        <translation>Sesi anda telah tamat. Sila log masuk semula.</translation>
    </message>
    <message>
        <source>Enter your password again with the code from your authenticator app (or a backup code).</source>
        <translation>Masukkan kata laluan anda sekali lagi bersama kod daripada aplikasi pengesah anda (atau kod sandaran).</translation>
    </message>
</context>
<context>
    <name>purser::AuditExport</name>
    <message>
        <source>There is no verified audit checkpoint in the offline data yet. Run &quot;purser sync&quot; while online first.</source>
        <translation>Belum ada titik semak audit yang disahkan dalam data luar talian. Jalankan &quot;purser sync&quot; semasa dalam talian dahulu.</translation>
    </message>
    <message>
        <source>No audit-log entries in the offline data match that period.</source>
        <translation>Tiada entri log audit dalam data luar talian yang sepadan dengan tempoh itu.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>Exported %1 audit entries (%2 to %3) to %4, manifest %5.</source>
        <translation>Mengeksport %1 entri audit (%2 hingga %3) ke %4, manifes %5.</translation>
    </message>
    <message>
        <source>The manifest %1 is missing.</source>
        <translation>Manifes %1 tiada.</translation>
    </message>
    <message>
        <source>The manifest %1 is damaged.</source>
        <translation>Manifes %1 rosak.</translation>
    </message>
    <message>
        <source>Cannot read %1.</source>
        <translation>Tidak dapat membaca %1.</translation>
    </message>
    <message>
        <source>Row %1 of the export cannot be read: it was changed.</source>
        <translation>Baris %1 eksport tidak dapat dibaca: ia telah diubah.</translation>
    </message>
    <message>
        <source>Entry %1 (row %2) was changed: its columns do not match its recorded content.</source>
        <translation>Entri %1 (baris %2) telah diubah: lajurnya tidak sepadan dengan kandungan yang direkodkan.</translation>
    </message>
    <message>
        <source>Line %1 of the export cannot be read: it was changed.</source>
        <translation>Baris %1 eksport tidak dapat dibaca: ia telah diubah.</translation>
    </message>
    <message>
        <source>The export holds no entries.</source>
        <translation>Eksport tidak mengandungi entri.</translation>
    </message>
    <message>
        <source>Verification FAILED at entry %1 (line %2): %3</source>
        <translation>Pengesahan GAGAL pada entri %1 (baris %2): %3</translation>
    </message>
    <message>
        <source>Verification FAILED: %1.</source>
        <translation>Pengesahan GAGAL: %1.</translation>
    </message>
    <message>
        <source>Verification FAILED: the signed checkpoint (entry %1) is outside the exported entries %2 to %3, so it cannot vouch for them.</source>
        <translation>Pengesahan GAGAL: titik semak yang ditandatangani (entri %1) berada di luar entri yang dieksport %2 hingga %3, jadi ia tidak dapat menjamin entri tersebut.</translation>
    </message>
    <message>
        <source>Verification FAILED at entry %1 (line %2): it differs from the signed checkpoint.</source>
        <translation>Pengesahan GAGAL pada entri %1 (baris %2): ia berbeza daripada titik semak yang ditandatangani.</translation>
    </message>
    <message>
        <source>Verification FAILED: the file&apos;s SHA-256 differs from the manifest.</source>
        <translation>Pengesahan GAGAL: SHA-256 fail berbeza daripada manifes.</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport dibatalkan; tiada apa-apa ditulis.</translation>
    </message>
    <message>
        <source>Verification FAILED: the manifest&apos;s tree section is damaged: %1.</source>
        <translation>Pengesahan GAGAL: bahagian pepohon dalam manifes rosak: %1.</translation>
    </message>
    <message>
        <source>are in the audit tree of %1 entries whose checkpoint was signed by %2</source>
        <translation>berada dalam pepohon audit %1 entri yang titik semaknya ditandatangani oleh %2</translation>
    </message>
    <message>
        <source>chain correctly, and entry %1 matches the checkpoint signed %2</source>
        <translation>berantai dengan betul, dan entri %1 sepadan dengan titik semak yang ditandatangani %2</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the export is consistent, but it is signed by key %1 and you named no key you trust. Compare that fingerprint with your organisation&apos;s signing key and pass --trusted-key FINGERPRINT, or sync this computer with the server first.</source>
        <translation>TIDAK DISAHKAN: eksport ini konsisten, tetapi ditandatangani oleh kunci %1 dan anda tidak menamakan sebarang kunci yang anda percayai. Bandingkan cap jari itu dengan kunci tandatangan organisasi anda dan berikan --trusted-key FINGERPRINT, atau segerakkan komputer ini dengan pelayan dahulu.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the export is consistent, but it is signed by key %1, which is not a key you trust. Anyone can sign a consistent export with a key of their own.</source>
        <translation>TIDAK DISAHKAN: eksport ini konsisten, tetapi ditandatangani oleh kunci %1, yang bukan kunci yang anda percayai. Sesiapa sahaja boleh menandatangani eksport yang konsisten dengan kunci mereka sendiri.</translation>
    </message>
    <message>
        <source>NOT VERIFIED: the export is consistent and signed by key %1, which you trust, but witness %2 did not cosign its checkpoint.</source>
        <translation>TIDAK DISAHKAN: eksport ini konsisten dan ditandatangani oleh kunci %1, yang anda percayai, tetapi saksi %2 tidak menandatangani bersama titik semaknya.</translation>
    </message>
    <message>
        <source>Verified: %1 entries (%2 to %3) %4, key %5, which you trust.</source>
        <translation>Disahkan: %1 entri (%2 hingga %3) %4, kunci %5, yang anda percayai.</translation>
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
        <translation>Data luar talian mengandungi entri yang lebih baharu daripada titik semak terakhirnya yang disahkan. Jalankan &quot;purser sync&quot; dahulu.</translation>
    </message>
    <message>
        <source>The offline audit log does not hold every entry of its verified checkpoint. Run &quot;purser sync&quot; first.</source>
        <translation>Log audit luar talian tidak mengandungi setiap entri bagi titik semaknya yang disahkan. Jalankan &quot;purser sync&quot; dahulu.</translation>
    </message>
    <message>
        <source>Cannot prove the exported entries against the checkpoint.</source>
        <translation>Tidak dapat membuktikan entri yang dieksport berdasarkan titik semak.</translation>
    </message>
    <message>
        <source>Cannot prove entry %1 against the checkpoint.</source>
        <translation>Tidak dapat membuktikan entri %1 berdasarkan titik semak.</translation>
    </message>
</context>
<context>
    <name>purser::AuditExportEvidence</name>
    <message>
        <source>No checkpoint this computer verified carries the cosignatures of every witness required in Settings yet.</source>
        <translation>Belum ada titik semak yang disahkan oleh komputer ini membawa tandatangan bersama setiap saksi yang diwajibkan dalam Tetapan.</translation>
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
        <translation>Bila (UTC)</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Jenis rekod</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Rekod</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Sesi %1</translation>
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
    <message>
        <source>&amp;Dates:</source>
        <translation>&amp;Tarikh:</translation>
    </message>
    <message>
        <source>Record type</source>
        <translation>Jenis rekod</translation>
    </message>
    <message>
        <source>Any record type</source>
        <translation>Sebarang jenis rekod</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Tindakan</translation>
    </message>
    <message>
        <source>Any action</source>
        <translation>Sebarang tindakan</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Pelaku</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Dari tarikh</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hingga tarikh</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Log audit</translation>
    </message>
    <message>
        <source>Audit entry details</source>
        <translation>Butiran entri audit</translation>
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
        <translation>Laporan PDF…</translation>
    </message>
    <message>
        <source>Audit log integrity</source>
        <translation>Integriti log audit</translation>
    </message>
    <message>
        <source>Select an entry to see what changed.</source>
        <translation>Pilih entri untuk melihat apa yang berubah.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Medan</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Sebelum</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Selepas</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON Lines (*.jsonl)</source>
        <translation>JSON Lines (*.jsonl)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fail PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Eksport log audit</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Eksport</translation>
    </message>
    <message>
        <source>Exporting the audit log…</source>
        <translation>Mengeksport log audit…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Eksport dibatalkan; tiada apa-apa ditulis.</translation>
    </message>
    <message>
        <source>Signed checkpoint: entry %1, hash %2, signed %3 by key %4</source>
        <translation>Titik semak bertandatangan: entri %1, cincangan %2, ditandatangani %3 oleh kunci %4</translation>
    </message>
    <message>
        <source>No signed checkpoint in the offline data yet.</source>
        <translation>Belum ada titik semak bertandatangan dalam data luar talian.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote a report of %n entries to %1 with its manifest.</source>
        <translation>
            <numerusform>Menulis laporan %n entri ke %1 bersama manifesnya.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no audit-log entries in the offline data to verify.</source>
        <translation>Tiada entri log audit dalam data luar talian untuk disahkan.</translation>
    </message>
    <message>
        <source>Verifying the audit log…</source>
        <translation>Mengesahkan log audit…</translation>
    </message>
    <message>
        <source>NOT INTACT: %1</source>
        <translation>TIDAK UTUH: %1</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Pengesahan dibatalkan.</translation>
    </message>
    <message>
        <source>NOT INTACT: entries after %1 are missing.</source>
        <translation>TIDAK UTUH: entri selepas %1 tiada.</translation>
    </message>
    <message numerus="yes">
        <source>The %n entries chain correctly, but there is no signed checkpoint yet to vouch for them. Sync while online, then verify again.</source>
        <translation>
            <numerusform>%n entri berantai dengan betul, tetapi belum ada titik semak bertandatangan untuk menjaminnya. Segerakkan semasa dalam talian, kemudian sahkan semula.</numerusform>
        </translation>
    </message>
    <message>
        <source>NOT INTACT: the signed checkpoint does not verify: %1</source>
        <translation>TIDAK UTUH: titik semak bertandatangan tidak dapat disahkan: %1</translation>
    </message>
    <message>
        <source>NOT INTACT: entry %1 differs from what the server signed.</source>
        <translation>TIDAK UTUH: entri %1 berbeza daripada yang ditandatangani pelayan.</translation>
    </message>
    <message>
        <source>Intact: all %1 entries chain correctly and entry %2 matches the server&apos;s signed checkpoint.</source>
        <translation>Utuh: kesemua %1 entri berantai dengan betul dan entri %2 sepadan dengan titik semak bertandatangan pelayan.</translation>
    </message>
    <message>
        <source>Searching… %1%</source>
        <translation>Mencari… %1%</translation>
    </message>
    <message>
        <source>Audit history alarm</source>
        <translation>Amaran sejarah audit</translation>
    </message>
    <message>
        <source>Verified by witnesses: every witness required in Settings cosigned its checkpoint.</source>
        <translation>Disahkan oleh saksi: setiap saksi yang diwajibkan dalam Tetapan telah menandatangani bersama titik semaknya.</translation>
    </message>
    <message>
        <source>NOT VERIFIED by witnesses: witness %1, required in Settings, did not cosign its checkpoint.</source>
        <translation>TIDAK DISAHKAN oleh saksi: saksi %1, yang diwajibkan dalam Tetapan, tidak menandatangani bersama titik semaknya.</translation>
    </message>
</context>
<context>
    <name>purser::AuditReportWriter</name>
    <message>
        <source>Audit log report</source>
        <translation>Laporan log audit</translation>
    </message>
    <message>
        <source>Cannot write the PDF file.</source>
        <translation>Tidak dapat menulis fail PDF.</translation>
    </message>
    <message>
        <source>Audit log report — %1</source>
        <translation>Laporan log audit — %1</translation>
    </message>
    <message>
        <source>Cannot read the PDF back.</source>
        <translation>Tidak dapat membaca semula PDF.</translation>
    </message>
    <message>
        <source>Cannot write the manifest.</source>
        <translation>Tidak dapat menulis manifes.</translation>
    </message>
</context>
<context>
    <name>purser::AuditSync</name>
    <message>
        <source> from entry %1 on</source>
        <translation> mulai entri %1</translation>
    </message>
    <message>
        <source>ALARM: this organisation&apos;s audit history changed%1 since this computer last saw it. This computer verified %2 entries; the server now shows %3 (%4). Tell an administrator: the audit log may have been altered. The verified copy and both signed checkpoints are kept on this computer as evidence.</source>
        <translation>AMARAN: sejarah audit organisasi ini telah berubah%1 sejak kali terakhir komputer ini melihatnya. Komputer ini telah mengesahkan %2 entri; pelayan kini menunjukkan %3 (%4). Beritahu pentadbir: log audit mungkin telah diubah. Salinan yang disahkan dan kedua-dua titik semak bertandatangan disimpan pada komputer ini sebagai bukti.</translation>
    </message>
    <message>
        <source>Audit history changed%1 since this computer last saw it. Tell an administrator.</source>
        <translation>Sejarah audit telah berubah%1 sejak kali terakhir komputer ini melihatnya. Beritahu pentadbir.</translation>
    </message>
    <message>
        <source>Cannot read the offline audit log.</source>
        <translation>Tidak dapat membaca log audit luar talian.</translation>
    </message>
    <message>
        <source>The server&apos;s audit checkpoint is not a valid signed note: %1.</source>
        <translation>Titik semak audit pelayan bukan nota bertandatangan yang sah: %1.</translation>
    </message>
    <message>
        <source>The server&apos;s audit checkpoint is for another log (%1).</source>
        <translation>Titik semak audit pelayan adalah untuk log lain (%1).</translation>
    </message>
    <message>
        <source>The server&apos;s audit checkpoint is not signed by a key this computer trusts. Compare the server&apos;s signing key fingerprint with your administrator.</source>
        <translation>Titik semak audit pelayan tidak ditandatangani oleh kunci yang dipercayai oleh komputer ini. Bandingkan cap jari kunci tandatangan pelayan dengan pentadbir anda.</translation>
    </message>
    <message>
        <source>the log has %1 entries, fewer than the %2 this computer verified</source>
        <translation>log mempunyai %1 entri, kurang daripada %2 yang telah disahkan oleh komputer ini</translation>
    </message>
    <message>
        <source>a different root for the same %1 entries</source>
        <translation>akar yang berbeza bagi %1 entri yang sama</translation>
    </message>
    <message>
        <source>the consistency proof failed: %1</source>
        <translation>bukti ketekalan gagal: %1</translation>
    </message>
    <message>
        <source>the log does not chain: %1</source>
        <translation>log tidak berantai: %1</translation>
    </message>
    <message>
        <source>Cannot write the offline data.</source>
        <translation>Tidak dapat menulis data luar talian.</translation>
    </message>
    <message>
        <source>The server did not send the %1 audit entries its checkpoint covers.</source>
        <translation>Pelayan tidak menghantar %1 entri audit yang diliputi oleh titik semaknya.</translation>
    </message>
    <message>
        <source>the entries the server sent do not give the root it signed</source>
        <translation>entri yang dihantar oleh pelayan tidak menghasilkan akar yang ditandatanganinya</translation>
    </message>
</context>
<context>
    <name>purser::CacheDatabase</name>
    <message>
        <source>No unsent changes would be lost.</source>
        <translation>Tiada perubahan belum dihantar yang akan hilang.</translation>
    </message>
    <message>
        <source>Purser cannot tell whether unsent changes would be lost.</source>
        <translation>Purser tidak dapat memastikan sama ada perubahan belum dihantar akan hilang.</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) made here and not yet sent to the server would be lost.</source>
        <translation>
            <numerusform>%n perubahan yang dibuat di sini dan belum dihantar ke pelayan akan hilang.</numerusform>
        </translation>
    </message>
    <message>
        <source>The offline data is locked because %1 did not answer: %2</source>
        <translation>Data luar talian dikunci kerana %1 tidak menjawab: %2</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be opened: its key is missing from %1. You can discard it and download it again from the server. %2</source>
        <translation>Data luar talian pada komputer ini tidak dapat dibuka: kuncinya tiada dalam %1. Anda boleh membuangnya dan memuat turunnya semula daripada pelayan. %2</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be opened: its key in %1 is not valid. You can discard it and download it again. %2</source>
        <translation>Data luar talian pada komputer ini tidak dapat dibuka: kuncinya dalam %1 tidak sah. Anda boleh membuangnya dan memuat turunnya semula. %2</translation>
    </message>
    <message>
        <source>Cannot keep the offline data&apos;s key in %1: %2</source>
        <translation>Tidak dapat menyimpan kunci data luar talian dalam %1: %2</translation>
    </message>
    <message>
        <source>Cannot create the folder for offline data.</source>
        <translation>Tidak dapat mencipta folder untuk data luar talian.</translation>
    </message>
    <message>
        <source>The offline data on this computer cannot be read: its key does not match or the file is damaged. You can discard it and download it again from the server. %1</source>
        <translation>Data luar talian pada komputer ini tidak dapat dibaca: kuncinya tidak sepadan atau fail rosak. Anda boleh membuangnya dan memuat turunnya semula daripada pelayan. %1</translation>
    </message>
    <message>
        <source>Cannot open the offline data: %1</source>
        <translation>Tidak dapat membuka data luar talian: %1</translation>
    </message>
    <message>
        <source>The offline data on this computer is damaged. You can discard it and download it again from the server. %1</source>
        <translation>Data luar talian pada komputer ini rosak. Anda boleh membuangnya dan memuat turunnya semula daripada pelayan. %1</translation>
    </message>
    <message>
        <source>Cannot prepare the offline data: %1</source>
        <translation>Tidak dapat menyediakan data luar talian: %1</translation>
    </message>
    <message>
        <source>Cannot delete the offline data file.</source>
        <translation>Tidak dapat memadam fail data luar talian.</translation>
    </message>
</context>
<context>
    <name>purser::CertificateTrustDialog</name>
    <message>
        <source>Unknown server certificate</source>
        <translation>Sijil pelayan tidak dikenali</translation>
    </message>
    <message>
        <source>The server at &lt;b&gt;%1&lt;/b&gt; presented a certificate that this computer does not trust. Trust it only if your administrator gave you the same fingerprint. Purser will remember it and refuse the server if the certificate ever changes.</source>
        <translation>Pelayan di &lt;b&gt;%1&lt;/b&gt; memberikan sijil yang tidak dipercayai oleh komputer ini. Percayainya hanya jika pentadbir anda memberikan cap jari yang sama. Purser akan mengingatinya dan menolak pelayan jika sijil itu berubah.</translation>
    </message>
    <message>
        <source>Issued to:</source>
        <translation>Dikeluarkan kepada:</translation>
    </message>
    <message>
        <source>Issued by:</source>
        <translation>Dikeluarkan oleh:</translation>
    </message>
    <message>
        <source>Valid from:</source>
        <translation>Sah dari:</translation>
    </message>
    <message>
        <source>Valid until:</source>
        <translation>Sah hingga:</translation>
    </message>
    <message>
        <source>SHA-256 fingerprint:</source>
        <translation>Cap jari SHA-256:</translation>
    </message>
    <message>
        <source>&amp;Trust</source>
        <translation>&amp;Percayai</translation>
    </message>
</context>
<context>
    <name>purser::ClaimFormDialog</name>
    <message>
        <source>New claim</source>
        <translation>Tuntutan baharu</translation>
    </message>
    <message>
        <source>e.g. 42.50</source>
        <translation>cth. 42.50</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>&amp;Kategori:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Keterangan:</translation>
    </message>
    <message>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Jumlah (%1):</translation>
    </message>
    <message>
        <source>&amp;Incurred on:</source>
        <translation>&amp;Tarikh perbelanjaan:</translation>
    </message>
    <message>
        <source>Say what the claim is for.</source>
        <translation>Nyatakan tujuan tuntutan.</translation>
    </message>
    <message numerus="yes">
        <source>The amount must be a positive number with at most %n decimal(s).</source>
        <translation>
            <numerusform>Jumlah mestilah nombor positif dengan paling banyak %n tempat perpuluhan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit draft claim</source>
        <translation>Sunting draf tuntutan</translation>
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
    <message>
        <source>Incurred on</source>
        <translation>Tarikh perbelanjaan</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Resit</translation>
    </message>
    <message>
        <source>Claim status</source>
        <translation>Status tuntutan</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Sebarang status</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Tuntutan</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
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
        <source>uploading</source>
        <translation>memuat naik</translation>
    </message>
    <message>
        <source>Select a claim to attach receipts.</source>
        <translation>Pilih tuntutan untuk melampirkan resit.</translation>
    </message>
    <message>
        <source>Receipts attach only while a claim is draft or submitted.</source>
        <translation>Resit hanya boleh dilampirkan semasa tuntutan berstatus draf atau dihantar.</translation>
    </message>
    <message>
        <source>You may not attach receipts to this claim.</source>
        <translation>Anda tidak boleh melampirkan resit pada tuntutan ini.</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>dalam baris gilir</translation>
    </message>
    <message>
        <source>Reject claim</source>
        <translation>Tolak tuntutan</translation>
    </message>
    <message>
        <source>Why is this claim rejected? The claimant sees this note.</source>
        <translation>Mengapa tuntutan ini ditolak? Penuntut akan melihat nota ini.</translation>
    </message>
    <message>
        <source>uploaded</source>
        <translation>telah dimuat naik</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Penuntut</translation>
    </message>
    <message>
        <source>Reviewed by</source>
        <translation>Disemak oleh</translation>
    </message>
    <message>
        <source>Reviewer&apos;s note</source>
        <translation>Nota penyemak</translation>
    </message>
    <message>
        <source>Ed&amp;it draft…</source>
        <translation>Sun&amp;ting draf…</translation>
    </message>
    <message>
        <source>De&amp;lete draft…</source>
        <translation>Pa&amp;dam draf…</translation>
    </message>
    <message>
        <source>Delete draft claim</source>
        <translation>Padam draf tuntutan</translation>
    </message>
    <message>
        <source>Delete the draft claim “%1”?</source>
        <translation>Padam draf tuntutan “%1”?</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
</context>
<context>
    <name>purser::DialogUserPrompts</name>
    <message>
        <source>Offline data cannot be opened</source>
        <translation>Data luar talian tidak dapat dibuka</translation>
    </message>
    <message>
        <source>Discarding it loses %n change(s) made on this computer that have not reached the server yet.</source>
        <translation>Membuangnya akan menghilangkan %n perubahan yang dibuat pada komputer ini yang belum sampai ke pelayan.</translation>
    </message>
    <message>
        <source>Purser cannot tell whether changes made on this computer would be lost.</source>
        <translation>Purser tidak dapat memastikan sama ada perubahan yang dibuat pada komputer ini akan hilang.</translation>
    </message>
    <message>
        <source>No unsent changes would be lost.</source>
        <translation>Tiada perubahan belum dihantar yang akan hilang.</translation>
    </message>
    <message>
        <source>Discard and download again</source>
        <translation>Buang dan muat turun semula</translation>
    </message>
    <message>
        <source>Keep it and work online only</source>
        <translation>Simpan dan bekerja dalam talian sahaja</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Log keluar</translation>
    </message>
    <message>
        <source>Sign out of Purser on this computer?</source>
        <translation>Log keluar daripada Purser pada komputer ini?</translation>
    </message>
    <message>
        <source>%n change(s) made here have not reached the server yet. Removing the offline data loses them.</source>
        <translation>%n perubahan yang dibuat di sini belum sampai ke pelayan. Membuang data luar talian akan menghilangkannya.</translation>
    </message>
    <message>
        <source>The offline data stays encrypted on this computer unless you remove it.</source>
        <translation>Data luar talian kekal disulitkan pada komputer ini melainkan anda membuangnya.</translation>
    </message>
    <message>
        <source>Sign out and remove offline data</source>
        <translation>Log keluar dan buang data luar talian</translation>
    </message>
</context>
<context>
    <name>purser::EmployeeFormDialog</name>
    <message>
        <source>Edit %1</source>
        <translation>Sunting %1</translation>
    </message>
    <message>
        <source>Add employee</source>
        <translation>Tambah pekerja</translation>
    </message>
    <message>
        <source>Employee &amp;no.:</source>
        <translation>&amp;No. pekerja:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>&amp;Nama penuh:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mel:</translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation>&amp;Jabatan:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Jawatan:</translation>
    </message>
    <message>
        <source>Employment &amp;type:</source>
        <translation>&amp;Jenis pekerjaan:</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Tarikh &amp;mula:</translation>
    </message>
    <message>
        <source>En&amp;d date:</source>
        <translation>Tarikh &amp;tamat:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>tiada</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>Stat&amp;us:</translation>
    </message>
    <message>
        <source>National &amp;ID:</source>
        <translation>&amp;ID kebangsaan:</translation>
    </message>
    <message>
        <source>&amp;Bank:</source>
        <translation>&amp;Bank:</translation>
    </message>
    <message>
        <source>Bank &amp;account:</source>
        <translation>&amp;Akaun bank:</translation>
    </message>
    <message>
        <source>Base &amp;salary (%1):</source>
        <translation>&amp;Gaji pokok (%1):</translation>
    </message>
    <message numerus="yes">
        <source>An amount such as 5250.00 (at most %n decimal(s)).</source>
        <translation>
            <numerusform>Amaun seperti 5250.00 (paling banyak %n perpuluhan).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>purser::EmployeeImport</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Tidak dapat membaca %1.</translation>
    </message>
    <message>
        <source>%1 is %2 MiB; an import file may have at most %3 MiB.</source>
        <translation>%1 bersaiz %2 MiB; fail import paling besar %3 MiB.</translation>
    </message>
    <message>
        <source>%1 changed while it was being read. Import it again once it is complete.</source>
        <translation>%1 berubah semasa sedang dibaca. Import semula apabila ia lengkap.</translation>
    </message>
    <message>
        <source>The file is not UTF-8 text (line %1). Save it as &quot;CSV UTF-8&quot; and try again.</source>
        <translation>Fail ini bukan teks UTF-8 (baris %1). Simpan sebagai &quot;CSV UTF-8&quot; dan cuba lagi.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Fail ini kosong.</translation>
    </message>
    <message>
        <source>%1 starts like a spreadsheet formula</source>
        <translation>%1 bermula seperti formula hamparan</translation>
    </message>
    <message>
        <source>employee number %1 is already in the organisation</source>
        <translation>nombor pekerja %1 sudah ada dalam organisasi</translation>
    </message>
    <message>
        <source>employee number %1 is also on line %2</source>
        <translation>nombor pekerja %1 juga ada pada baris %2</translation>
    </message>
    <message>
        <source>unknown department &quot;%1&quot;</source>
        <translation>jabatan tidak dikenali &quot;%1&quot;</translation>
    </message>
    <message>
        <source>the organisation spells department &quot;%1&quot; as &quot;%2&quot;</source>
        <translation>organisasi mengeja jabatan &quot;%1&quot; sebagai &quot;%2&quot;</translation>
    </message>
    <message>
        <source>the national ID is not in this country&apos;s format</source>
        <translation>ID kebangsaan tidak mengikut format negara ini</translation>
    </message>
    <message>
        <source>the salary is not an amount</source>
        <translation>gaji bukan suatu amaun</translation>
    </message>
    <message>
        <source>the salary is in %1, the organisation pays in %2</source>
        <translation>gaji dalam %1, organisasi membayar dalam %2</translation>
    </message>
    <message>
        <source>the salary has more decimals than %1 has</source>
        <translation>gaji mempunyai lebih banyak perpuluhan daripada %1</translation>
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
    <message>
        <source>Department</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Jenis pekerjaan</translation>
    </message>
    <message>
        <source>Full time</source>
        <translation>Sepenuh masa</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Separuh masa</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Employee details</source>
        <translation>Butiran pekerja</translation>
    </message>
    <message>
        <source>Select an employee to see the details.</source>
        <translation>Pilih pekerja untuk melihat butiran.</translation>
    </message>
    <message>
        <source>The change could not be written to the offline data.</source>
        <translation>Perubahan tidak dapat ditulis ke data luar talian.</translation>
    </message>
    <message>
        <source>&amp;Add employee…</source>
        <translation>&amp;Tambah pekerja…</translation>
    </message>
    <message>
        <source>Add an employee (%1)</source>
        <translation>Tambah pekerja (%1)</translation>
    </message>
    <message>
        <source>End e&amp;mployment…</source>
        <translation>Tamatkan pe&amp;kerjaan…</translation>
    </message>
    <message>
        <source>De&amp;lete…</source>
        <translation>Pa&amp;dam…</translation>
    </message>
    <message>
        <source>Delete a record created by mistake</source>
        <translation>Padam rekod yang dicipta secara tersilap</translation>
    </message>
    <message>
        <source>End the employment of %1</source>
        <translation>Tamatkan pekerjaan %1</translation>
    </message>
    <message>
        <source>Delete employee</source>
        <translation>Padam pekerja</translation>
    </message>
    <message>
        <source>Delete %1 (%2)?</source>
        <translation>Padam %1 (%2)?</translation>
    </message>
    <message>
        <source>Only for a record created by mistake: the record is removed for everyone. To record that someone left, use End employment instead.</source>
        <translation>Hanya untuk rekod yang dicipta secara tersilap: rekod dibuang untuk semua orang. Untuk merekodkan seseorang telah berhenti, gunakan Tamatkan pekerjaan.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Not deleted</source>
        <translation>Tidak dipadam</translation>
    </message>
    <message>
        <source>%1 was not deleted.</source>
        <translation>%1 tidak dipadam.</translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation>Import pekerja</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Fail CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>Export employees</source>
        <translation>Eksport pekerja</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fail CSV (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>Export &amp;personal data…</source>
        <translation>Eksport data &amp;peribadi…</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Eksport data peribadi</translation>
    </message>
    <message>
        <source>Everything about the selected person, signed and verifiable, for an access request</source>
        <translation>Semua data tentang orang yang dipilih, ditandatangani dan boleh disahkan, untuk permintaan akses</translation>
    </message>
    <message>
        <source>Choose where to save the personal data</source>
        <translation>Pilih tempat untuk menyimpan data peribadi</translation>
    </message>
    <message>
        <source>Exporting the personal data of %1…</source>
        <translation>Mengeksport data peribadi %1…</translation>
    </message>
    <message>
        <source>The personal data of %1 was saved to %2.

It holds %3.

The folder is signed by the server&apos;s key %4; &quot;purser verify-person-export&quot; checks it on any computer.</source>
        <translation>Data peribadi %1 telah disimpan ke %2.

Ia mengandungi %3.

Folder ini ditandatangani oleh kunci pelayan %4; &quot;purser verify-person-export&quot; menyemaknya di mana-mana komputer.</translation>
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
        <translation>Kata laluan salah.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this computer has no offline check of your password yet. Connect to the server to unlock, or sign out.</source>
        <translation>Pelayan tidak dapat dihubungi, dan komputer ini belum mempunyai semakan luar talian untuk kata laluan anda. Sambung ke pelayan untuk membuka kunci, atau log keluar.</translation>
    </message>
</context>
<context>
    <name>purser::ImportEmployeesDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Import</translation>
    </message>
    <message>
        <source>Import employees</source>
        <translation>Import pekerja</translation>
    </message>
    <message>
        <source>(not in the file)</source>
        <translation>(tiada dalam fail)</translation>
    </message>
    <message>
        <source>Column for %1</source>
        <translation>Lajur untuk %1</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Baris</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>No. pekerja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Rows and their problems</source>
        <translation>Baris dan masalahnya</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Ringkasan</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Laporan</translation>
    </message>
    <message>
        <source>Import progress</source>
        <translation>Kemajuan import</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Tutup</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>baris %1: %2</translation>
    </message>
    <message>
        <source>ready</source>
        <translation>sedia</translation>
    </message>
    <message>
        <source>%1 row(s) ready to import, %2 with problems (not imported).</source>
        <translation>%1 baris sedia diimport, %2 bermasalah (tidak diimport).</translation>
    </message>
    <message numerus="yes">
        <source>&amp;Import %n row(s)</source>
        <translation>
            <numerusform>&amp;Import %n baris</numerusform>
        </translation>
    </message>
    <message>
        <source>Queued %1 of %2 row(s); sent %3; refused %4.</source>
        <translation>%1 daripada %2 baris dalam baris gilir; dihantar %3; ditolak %4.</translation>
    </message>
    <message>
        <source>Offline: they are sent when the server answers again.</source>
        <translation>Luar talian: ia dihantar apabila pelayan menjawab semula.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Membaca %1…</translation>
    </message>
    <message>
        <source>Checking row %1 of %2…</source>
        <translation>Menyemak baris %1 daripada %2…</translation>
    </message>
    <message>
        <source>Cannot write to the offline data.</source>
        <translation>Tidak dapat menulis ke data luar talian.</translation>
    </message>
</context>
<context>
    <name>purser::LockScreen</name>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Buka kunci</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Log &amp;keluar</translation>
    </message>
    <message>
        <source>Purser is locked</source>
        <translation>Purser dikunci</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purser is locked&lt;/b&gt;</source>
        <translation>&lt;b&gt;Purser dikunci&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Account password</source>
        <translation>Kata laluan akaun</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata laluan:</translation>
    </message>
    <message>
        <source>Signed in as %1. Enter your account password to continue, or sign out.</source>
        <translation>Log masuk sebagai %1. Masukkan kata laluan akaun anda untuk meneruskan, atau log keluar.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Masukkan kata laluan anda.</translation>
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
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>About Purser</source>
        <translation>Perihal Purser</translation>
    </message>
    <message>
        <source>&lt;b&gt;Purser %1&lt;/b&gt;&lt;p&gt;Desktop admin client for HR, payroll and finance data.&lt;/p&gt;</source>
        <translation>&lt;b&gt;Purser %1&lt;/b&gt;&lt;p&gt;Klien pentadbiran desktop untuk data sumber manusia, gaji dan kewangan.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>My payslips</source>
        <translation>Slip gaji saya</translation>
    </message>
    <message>
        <source>&amp;Import employees…</source>
        <translation>&amp;Import pekerja…</translation>
    </message>
    <message>
        <source>&amp;Export employees…</source>
        <translation>&amp;Eksport pekerja…</translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation>&amp;Akaun</translation>
    </message>
    <message>
        <source>&amp;My account…</source>
        <translation>Akaun &amp;saya…</translation>
    </message>
    <message>
        <source>&amp;Lock now</source>
        <translation>&amp;Kunci sekarang</translation>
    </message>
</context>
<context>
    <name>purser::MyAccountDialog</name>
    <message>
        <source>My account</source>
        <translation>Akaun saya</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Kata laluan</translation>
    </message>
    <message>
        <source>&amp;Two-factor</source>
        <translation>&amp;Dua faktor</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sesi</translation>
    </message>
    <message>
        <source>Current password</source>
        <translation>Kata laluan semasa</translation>
    </message>
    <message>
        <source>New password</source>
        <translation>Kata laluan baharu</translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation>Ulang kata laluan baharu</translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation>&amp;Tukar kata laluan</translation>
    </message>
    <message>
        <source>C&amp;urrent password:</source>
        <translation>Kata laluan &amp;semasa:</translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation>Kata laluan &amp;baharu:</translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation>&amp;Ulang:</translation>
    </message>
    <message>
        <source>The new password needs at least %1 characters.</source>
        <translation>Kata laluan baharu memerlukan sekurang-kurangnya %1 aksara.</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Dua kata laluan baharu itu berbeza.</translation>
    </message>
    <message>
        <source>Changing the password…</source>
        <translation>Menukar kata laluan…</translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation>Kata laluan semasa salah.</translation>
    </message>
    <message>
        <source>Password changed. Your other sessions were signed out.</source>
        <translation>Kata laluan ditukar. Sesi anda yang lain telah dilog keluar.</translation>
    </message>
    <message>
        <source>This needs a connection to the server, and Purser is offline. Nothing was changed or queued; try again when the server can be reached.</source>
        <translation>Ini memerlukan sambungan ke pelayan, dan Purser berada di luar talian. Tiada apa-apa diubah atau dibaris gilir; cuba lagi apabila pelayan dapat dihubungi.</translation>
    </message>
    <message>
        <source>The server cannot be reached, and this needs a connection. Nothing was changed or queued; try again when the server can be reached.</source>
        <translation>Pelayan tidak dapat dihubungi, dan ini memerlukan sambungan. Tiada apa-apa diubah atau dibaris gilir; cuba lagi apabila pelayan dapat dihubungi.</translation>
    </message>
</context>
<context>
    <name>purser::MyPayslipsView</name>
    <message>
        <source>&amp;Open as PDF</source>
        <translation>&amp;Buka sebagai PDF</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Simpan sebagai PDF…</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>Tarikh bayaran</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Kasar</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <source>My payslips</source>
        <translation>Slip gaji saya</translation>
    </message>
    <message>
        <source>Open as PDF</source>
        <translation>Buka sebagai PDF</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Simpan sebagai PDF</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hingga %2</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>Slip gaji</translation>
    </message>
    <message>
        <source>Cannot write the payslip&apos;s PDF.</source>
        <translation>Tidak dapat menulis PDF slip gaji.</translation>
    </message>
    <message>
        <source>Save payslip</source>
        <translation>Simpan slip gaji</translation>
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
        <translation>Gaji bersih setiap tempoh</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>Gaji bersih</translation>
    </message>
    <message>
        <source>Net pay per period (%1)</source>
        <translation>Gaji bersih setiap tempoh (%1)</translation>
    </message>
</context>
<context>
    <name>purser::OrgApiKeysPanel</name>
    <message>
        <source>C&amp;reate key</source>
        <translation>&amp;Cipta kunci</translation>
    </message>
    <message>
        <source>Re&amp;voke key…</source>
        <translation>&amp;Batalkan kunci…</translation>
    </message>
    <message>
        <source>Name of the new API key</source>
        <translation>Nama kunci API baharu</translation>
    </message>
    <message>
        <source>What uses it, e.g. Ledger sync</source>
        <translation>Apa yang menggunakannya, cth. Segerak lejar</translation>
    </message>
    <message>
        <source>Role of the new API key</source>
        <translation>Peranan kunci API baharu</translation>
    </message>
    <message>
        <source> days</source>
        <translation> hari</translation>
    </message>
    <message>
        <source>Days until the new API key expires</source>
        <translation>Hari sehingga kunci API baharu tamat tempoh</translation>
    </message>
    <message>
        <source>Create the API key</source>
        <translation>Cipta kunci API</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Prefix</source>
        <translation>Awalan</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Dicipta oleh</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Terakhir digunakan</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <source>API keys</source>
        <translation>Kunci API</translation>
    </message>
    <message>
        <source>Revoke the selected API key</source>
        <translation>Batalkan kunci API yang dipilih</translation>
    </message>
    <message>
        <source>API keys problem</source>
        <translation>Masalah kunci API</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nama:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>P&amp;eranan:</translation>
    </message>
    <message>
        <source>&amp;Expires after:</source>
        <translation>&amp;Tamat selepas:</translation>
    </message>
    <message>
        <source>a former member</source>
        <translation>bekas ahli</translation>
    </message>
    <message>
        <source>never</source>
        <translation>tidak pernah</translation>
    </message>
    <message>
        <source>Give the key a name that says what uses it.</source>
        <translation>Berikan kunci nama yang menyatakan apa yang menggunakannya.</translation>
    </message>
    <message>
        <source>Revoke API key</source>
        <translation>Batalkan kunci API</translation>
    </message>
    <message>
        <source>Revoke the API key &quot;%1&quot; (%2)? Programs using it stop working at once.</source>
        <translation>Batalkan kunci API &quot;%1&quot; (%2)? Program yang menggunakannya berhenti berfungsi serta-merta.</translation>
    </message>
</context>
<context>
    <name>purser::OrgInvitationsPanel</name>
    <message>
        <source>&amp;Invite</source>
        <translation>&amp;Jemput</translation>
    </message>
    <message>
        <source>&amp;Copy invitation link</source>
        <translation>&amp;Salin pautan jemputan</translation>
    </message>
    <message>
        <source>Re&amp;voke invitation…</source>
        <translation>&amp;Batalkan jemputan…</translation>
    </message>
    <message>
        <source>Email address to invite</source>
        <translation>Alamat e-mel untuk dijemput</translation>
    </message>
    <message>
        <source>name@example.com</source>
        <translation>nama@contoh.com</translation>
    </message>
    <message>
        <source>Role of the invited person</source>
        <translation>Peranan orang yang dijemput</translation>
    </message>
    <message>
        <source>Send the invitation</source>
        <translation>Hantar jemputan</translation>
    </message>
    <message>
        <source>Email address problem</source>
        <translation>Masalah alamat e-mel</translation>
    </message>
    <message>
        <source>Invitation link</source>
        <translation>Pautan jemputan</translation>
    </message>
    <message>
        <source>The link of a new invitation appears here, once</source>
        <translation>Pautan jemputan baharu dipaparkan di sini, sekali sahaja</translation>
    </message>
    <message>
        <source>Copy the invitation link</source>
        <translation>Salin pautan jemputan</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Invited by</source>
        <translation>Dijemput oleh</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Tamat tempoh</translation>
    </message>
    <message>
        <source>Pending invitations</source>
        <translation>Jemputan belum diterima</translation>
    </message>
    <message>
        <source>Revoke the selected invitation</source>
        <translation>Batalkan jemputan yang dipilih</translation>
    </message>
    <message>
        <source>Invitations problem</source>
        <translation>Masalah jemputan</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mel:</translation>
    </message>
    <message>
        <source>R&amp;ole:</source>
        <translation>P&amp;eranan:</translation>
    </message>
    <message>
        <source>&amp;Link:</source>
        <translation>&amp;Pautan:</translation>
    </message>
    <message>
        <source>Enter the email address to invite.</source>
        <translation>Masukkan alamat e-mel untuk dijemput.</translation>
    </message>
    <message>
        <source>The server refused: this organisation only invites addresses in the domains its owner allows (Security settings).</source>
        <translation>Pelayan menolak: organisasi ini hanya menjemput alamat dalam domain yang dibenarkan oleh pemiliknya (tetapan Keselamatan).</translation>
    </message>
    <message>
        <source>The server refused this address: %1</source>
        <translation>Pelayan menolak alamat ini: %1</translation>
    </message>
    <message>
        <source>Revoke invitation</source>
        <translation>Batalkan jemputan</translation>
    </message>
    <message>
        <source>Revoke the invitation of %1? Its link stops working at once.</source>
        <translation>Batalkan jemputan %1? Pautannya berhenti berfungsi serta-merta.</translation>
    </message>
</context>
<context>
    <name>purser::OrgMembersPanel</name>
    <message>
        <source>Change &amp;role</source>
        <translation>Tukar &amp;peranan</translation>
    </message>
    <message>
        <source>Re&amp;move from organisation…</source>
        <translation>&amp;Keluarkan dari organisasi…</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Two-factor</source>
        <translation>Dua faktor</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>New role</source>
        <translation>Peranan baharu</translation>
    </message>
    <message>
        <source>Change the selected member&apos;s role</source>
        <translation>Tukar peranan ahli yang dipilih</translation>
    </message>
    <message>
        <source>Remove the selected member from the organisation</source>
        <translation>Keluarkan ahli yang dipilih dari organisasi</translation>
    </message>
    <message>
        <source>Members problem</source>
        <translation>Masalah ahli</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Hidup</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>The server refused: an organisation keeps at least one owner. Make another member an owner first.</source>
        <translation>Pelayan menolak: organisasi mesti mempunyai sekurang-kurangnya seorang pemilik. Jadikan ahli lain pemilik dahulu.</translation>
    </message>
    <message>
        <source>Remove member</source>
        <translation>Keluarkan ahli</translation>
    </message>
    <message>
        <source>Remove %1 from the organisation? Their API keys here are revoked too.</source>
        <translation>Keluarkan %1 dari organisasi? Kunci API mereka di sini turut dibatalkan.</translation>
    </message>
</context>
<context>
    <name>purser::OrgSecurityPanel</name>
    <message>
        <source>Require &amp;two-factor sign-in for every member</source>
        <translation>Wajibkan log masuk &amp;dua faktor untuk setiap ahli</translation>
    </message>
    <message>
        <source>&amp;Save security settings</source>
        <translation>&amp;Simpan tetapan keselamatan</translation>
    </message>
    <message>
        <source>Require two-factor sign-in</source>
        <translation>Wajibkan log masuk dua faktor</translation>
    </message>
    <message>
        <source>Allowed email domains, one per line</source>
        <translation>Domain e-mel yang dibenarkan, satu setiap baris</translation>
    </message>
    <message>
        <source>One domain per line, e.g. example.com; empty: any</source>
        <translation>Satu domain setiap baris, cth. example.com; kosong: mana-mana</translation>
    </message>
    <message>
        <source>Allowed email domains as the server matches them</source>
        <translation>Domain e-mel yang dibenarkan seperti dipadankan oleh pelayan</translation>
    </message>
    <message>
        <source> MiB</source>
        <translation> MiB</translation>
    </message>
    <message>
        <source>Largest receipt upload in MiB</source>
        <translation>Muat naik resit terbesar dalam MiB</translation>
    </message>
    <message>
        <source>Save the security settings</source>
        <translation>Simpan tetapan keselamatan</translation>
    </message>
    <message>
        <source>Security settings problem</source>
        <translation>Masalah tetapan keselamatan</translation>
    </message>
    <message>
        <source>Allowed email &amp;domains:</source>
        <translation>&amp;Domain e-mel dibenarkan:</translation>
    </message>
    <message>
        <source>Matched as:</source>
        <translation>Dipadankan sebagai:</translation>
    </message>
    <message>
        <source>Largest &amp;receipt:</source>
        <translation>&amp;Resit terbesar:</translation>
    </message>
    <message>
        <source>Any domain may be invited.</source>
        <translation>Mana-mana domain boleh dijemput.</translation>
    </message>
    <message>
        <source>The server refused: %1</source>
        <translation>Pelayan menolak: %1</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Disimpan.</translation>
    </message>
</context>
<context>
    <name>purser::OrganisationView</name>
    <message>
        <source>Organisation administration</source>
        <translation>Pentadbiran organisasi</translation>
    </message>
    <message>
        <source>&amp;Members</source>
        <translation>&amp;Ahli</translation>
    </message>
    <message>
        <source>&amp;Invitations</source>
        <translation>&amp;Jemputan</translation>
    </message>
    <message>
        <source>API &amp;keys</source>
        <translation>&amp;Kunci API</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>K&amp;eselamatan</translation>
    </message>
</context>
<context>
    <name>purser::Outbox</name>
    <message>
        <source>Cannot read %1.</source>
        <translation>Tidak dapat membaca %1.</translation>
    </message>
    <message>
        <source>%1 is %2 KiB; this organisation accepts receipts up to %3 KiB.</source>
        <translation>%1 bersaiz %2 KiB; organisasi ini menerima resit sehingga %3 KiB.</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG, PNG or WEBP file.</source>
        <translation>%1 bukan fail PDF, JPEG, PNG atau WEBP.</translation>
    </message>
    <message>
        <source>The file to upload is gone or is no longer a receipt.</source>
        <translation>Fail untuk dimuat naik telah hilang atau bukan lagi resit.</translation>
    </message>
    <message>
        <source>Cannot write the offline data.</source>
        <translation>Tidak dapat menulis data luar talian.</translation>
    </message>
</context>
<context>
    <name>purser::OutboxFormDialog</name>
    <message>
        <source>Problems</source>
        <translation>Masalah</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Simpan</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Batal</translation>
    </message>
    <message>
        <source>Required.</source>
        <translation>Wajib.</translation>
    </message>
    <message>
        <source>A date as YYYY-MM-DD.</source>
        <translation>Tarikh dalam bentuk YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>An email address.</source>
        <translation>Alamat e-mel.</translation>
    </message>
    <message>
        <source>Already in use in this organisation.</source>
        <translation>Sudah digunakan dalam organisasi ini.</translation>
    </message>
    <message>
        <source>Too early: %1.</source>
        <translation>Terlalu awal: %1.</translation>
    </message>
    <message>
        <source>At most 200 characters.</source>
        <translation>Paling banyak 200 aksara.</translation>
    </message>
    <message>
        <source>Not negative.</source>
        <translation>Bukan negatif.</translation>
    </message>
    <message>
        <source>Must not start with =, +, -, @, a tab or a line break.</source>
        <translation>Tidak boleh bermula dengan =, +, -, @, tab atau baris baharu.</translation>
    </message>
    <message>
        <source>Written &quot;%1&quot; in this organisation.</source>
        <translation>Ditulis &quot;%1&quot; dalam organisasi ini.</translation>
    </message>
    <message>
        <source>Problem with %1</source>
        <translation>Masalah dengan %1</translation>
    </message>
    <message>
        <source>The change could not be written to the offline data.</source>
        <translation>Perubahan tidak dapat ditulis ke data luar talian.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Menghantar…</translation>
    </message>
    <message>
        <source>The server refused it.</source>
        <translation>Pelayan menolaknya.</translation>
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
        <translation>Pilih frasa laluan Purser</translation>
    </message>
    <message>
        <source>Unlock Purser</source>
        <translation>Buka kunci Purser</translation>
    </message>
    <message>
        <source>No system keychain works on this computer, so Purser protects your session and offline data with a passphrase instead. Choose one of at least %1 characters; it cannot be recovered.</source>
        <translation>Tiada rantai kunci sistem yang berfungsi pada komputer ini, jadi Purser melindungi sesi dan data luar talian anda dengan frasa laluan. Pilih sekurang-kurangnya %1 aksara; ia tidak dapat dipulihkan.</translation>
    </message>
    <message>
        <source>Enter your Purser passphrase to unlock your session and offline data.</source>
        <translation>Masukkan frasa laluan Purser anda untuk membuka kunci sesi dan data luar talian.</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Frasa laluan:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Ulang:</translation>
    </message>
    <message>
        <source>Use passphrase</source>
        <translation>Guna frasa laluan</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Buka kunci</translation>
    </message>
    <message>
        <source>Keychain: %1</source>
        <translation>Rantai kunci: %1</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>Kedua-dua frasa laluan berbeza.</translation>
    </message>
</context>
<context>
    <name>purser::PassphraseSecretStore</name>
    <message>
        <source>your Purser passphrase</source>
        <translation>frasa laluan Purser anda</translation>
    </message>
    <message>
        <source>Cannot read the passphrase-protected secrets file.</source>
        <translation>Tidak dapat membaca fail rahsia yang dilindungi frasa laluan.</translation>
    </message>
    <message>
        <source>The passphrase-protected secrets file is damaged.</source>
        <translation>Fail rahsia yang dilindungi frasa laluan rosak.</translation>
    </message>
    <message>
        <source>Cannot write the passphrase-protected secrets file.</source>
        <translation>Tidak dapat menulis fail rahsia yang dilindungi frasa laluan.</translation>
    </message>
    <message>
        <source>The passphrase must be at least 8 characters long.</source>
        <translation>Frasa laluan mestilah sekurang-kurangnya 8 aksara.</translation>
    </message>
    <message>
        <source>Not enough memory to derive the key from the passphrase.</source>
        <translation>Memori tidak mencukupi untuk menerbitkan kunci daripada frasa laluan.</translation>
    </message>
    <message>
        <source>The passphrase is not correct.</source>
        <translation>Frasa laluan tidak betul.</translation>
    </message>
    <message>
        <source>The passphrase has not been entered.</source>
        <translation>Frasa laluan belum dimasukkan.</translation>
    </message>
    <message>
        <source>A secret in the passphrase-protected file is damaged.</source>
        <translation>Satu rahsia dalam fail yang dilindungi frasa laluan rosak.</translation>
    </message>
</context>
<context>
    <name>purser::PayrollRunDialog</name>
    <message>
        <source>Start a payroll run</source>
        <translation>Mulakan larian gaji</translation>
    </message>
    <message>
        <source>Period &amp;start:</source>
        <translation>&amp;Mula tempoh:</translation>
    </message>
    <message>
        <source>Period &amp;end:</source>
        <translation>&amp;Akhir tempoh:</translation>
    </message>
    <message>
        <source>&amp;Pay date:</source>
        <translation>Tarikh &amp;bayaran:</translation>
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
    <message>
        <source>Period start</source>
        <translation>Mula tempoh</translation>
    </message>
    <message>
        <source>Period end</source>
        <translation>Akhir tempoh</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>Tarikh bayaran</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Gross</source>
        <translation>Kasar</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Net</source>
        <translation>Bersih</translation>
    </message>
    <message>
        <source>Payroll runs</source>
        <translation>Larian gaji</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>Slip gaji</translation>
    </message>
    <message>
        <source>Return to draft</source>
        <translation>Pulangkan ke draf</translation>
    </message>
    <message>
        <source>Why is this run going back? The preparer sees this note.</source>
        <translation>Mengapa larian ini dipulangkan? Penyedia akan melihat nota ini.</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Dihantar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Diluluskan</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>S&amp;tart a run…</source>
        <translation>Mu&amp;lakan larian…</translation>
    </message>
    <message>
        <source>&amp;Delete draft…</source>
        <translation>&amp;Padam draf…</translation>
    </message>
    <message>
        <source>Employee no.</source>
        <translation>No. pekerja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>(not in the offline data)</source>
        <translation>(tiada dalam data luar talian)</translation>
    </message>
    <message>
        <source>Delete draft</source>
        <translation>Padam draf</translation>
    </message>
    <message>
        <source>Delete the draft run for %1 to %2?</source>
        <translation>Padam draf larian bagi %1 hingga %2?</translation>
    </message>
    <message>
        <source>Its payslips are deleted with it. Only a draft can be deleted.</source>
        <translation>Slip gajinya dipadam bersama. Hanya draf boleh dipadam.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Padam</translation>
    </message>
    <message>
        <source>Pa&amp;yslip as PDF…</source>
        <translation>Slip &amp;gaji sebagai PDF…</translation>
    </message>
    <message>
        <source>All pa&amp;yslips as PDFs…</source>
        <translation>Semua slip ga&amp;ji sebagai PDF…</translation>
    </message>
    <message>
        <source>Save payslip</source>
        <translation>Simpan slip gaji</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Payslip</source>
        <translation>Slip gaji</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Tidak dapat menulis %1.</translation>
    </message>
    <message>
        <source>Folder for every payslip of this run</source>
        <translation>Folder untuk setiap slip gaji larian ini</translation>
    </message>
</context>
<context>
    <name>purser::PayslipPdf</name>
    <message>
        <source>Payslip</source>
        <translation>Slip gaji</translation>
    </message>
    <message>
        <source>Employee</source>
        <translation>Pekerja</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>Tarikh bayaran</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>Gaji kasar</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>Gaji bersih</translation>
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
        <source>Full time</source>
        <translation>Sepenuh masa</translation>
    </message>
    <message>
        <source>Part time</source>
        <translation>Separuh masa</translation>
    </message>
    <message>
        <source>Contract</source>
        <translation>Kontrak</translation>
    </message>
    <message>
        <source>Intern</source>
        <translation>Pelatih</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Draf</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Dihantar</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Diluluskan</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Ditolak</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Dibayar</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>Perjalanan</translation>
    </message>
    <message>
        <source>Meals</source>
        <translation>Makan</translation>
    </message>
    <message>
        <source>Equipment</source>
        <translation>Peralatan</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Latihan</translation>
    </message>
    <message>
        <source>Medical</source>
        <translation>Perubatan</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Lain-lain</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Pentadbir</translation>
    </message>
    <message>
        <source>HR</source>
        <translation>HR</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Kewangan</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Juruaudit</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>Personal data of %1</source>
        <translation>Data peribadi %1</translation>
    </message>
    <message>
        <source>Held by %1. Exported %2 at the request of %3.</source>
        <translation>Dipegang oleh %1. Dieksport pada %2 atas permintaan %3.</translation>
    </message>
    <message>
        <source>This summary is for reading. The signed record is person.json in the same folder; &quot;purser verify-person-export&quot; checks it.</source>
        <translation>Ringkasan ini untuk dibaca. Rekod yang ditandatangani ialah person.json dalam folder yang sama; &quot;purser verify-person-export&quot; menyemaknya.</translation>
    </message>
    <message>
        <source>Employee record</source>
        <translation>Rekod pekerja</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nama</translation>
    </message>
    <message>
        <source>Employee number</source>
        <translation>Nombor pekerja</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mel</translation>
    </message>
    <message>
        <source>Department</source>
        <translation>Jabatan</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Jawatan</translation>
    </message>
    <message>
        <source>Employment type</source>
        <translation>Jenis pekerjaan</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Tarikh mula</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Tarikh tamat</translation>
    </message>
    <message>
        <source>National ID</source>
        <translation>Nombor pengenalan</translation>
    </message>
    <message>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <source>Bank account</source>
        <translation>Akaun bank</translation>
    </message>
    <message>
        <source>Base salary</source>
        <translation>Gaji pokok</translation>
    </message>
    <message>
        <source>Payslips</source>
        <translation>Slip gaji</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 hingga %2</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Tempoh</translation>
    </message>
    <message>
        <source>Pay date</source>
        <translation>Tarikh bayaran</translation>
    </message>
    <message>
        <source>Gross pay</source>
        <translation>Gaji kasar</translation>
    </message>
    <message>
        <source>Deductions</source>
        <translation>Potongan</translation>
    </message>
    <message>
        <source>Net pay</source>
        <translation>Gaji bersih</translation>
    </message>
    <message>
        <source>Run status</source>
        <translation>Status pusingan gaji</translation>
    </message>
    <message>
        <source>No payslips.</source>
        <translation>Tiada slip gaji.</translation>
    </message>
    <message>
        <source>Expense claims</source>
        <translation>Tuntutan perbelanjaan</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Tarikh</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategori</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Keterangan</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Jumlah</translation>
    </message>
    <message>
        <source>Receipts</source>
        <translation>Resit</translation>
    </message>
    <message>
        <source>No expense claims.</source>
        <translation>Tiada tuntutan perbelanjaan.</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Akaun</translation>
    </message>
    <message>
        <source>No user account is linked to this employee.</source>
        <translation>Tiada akaun pengguna dipautkan kepada pekerja ini.</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Nama paparan</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Dicipta</translation>
    </message>
    <message>
        <source>Two-factor sign-in</source>
        <translation>Log masuk dua faktor</translation>
    </message>
    <message>
        <source>On</source>
        <translation>Hidup</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Mati</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Peranan</translation>
    </message>
    <message>
        <source>Member since</source>
        <translation>Ahli sejak</translation>
    </message>
    <message>
        <source>No membership in this organisation.</source>
        <translation>Tiada keahlian dalam organisasi ini.</translation>
    </message>
    <message>
        <source>Audit log entries about or by this person</source>
        <translation>Entri log audit tentang atau oleh orang ini</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Bila</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Siapa</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Apa</translation>
    </message>
    <message>
        <source>No entries.</source>
        <translation>Tiada entri.</translation>
    </message>
    <message numerus="yes">
        <source>%n further entries this person made are about other people&apos;s records; they are other people&apos;s data and are not included.</source>
        <translation>
            <numerusform>%n entri lagi yang dibuat oleh orang ini adalah tentang rekod orang lain; ia data orang lain dan tidak disertakan.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disclosures of this person&apos;s data in the past year</source>
        <translation>Pendedahan data orang ini dalam setahun yang lalu</translation>
    </message>
    <message>
        <source>No disclosures.</source>
        <translation>Tiada pendedahan.</translation>
    </message>
</context>
<context>
    <name>purser::PersonalDataVerifier</name>
    <message>
        <source>Verification FAILED: %1</source>
        <translation type="unfinished">Pengesahan GAGAL: %1. {1?}</translation>
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
        <translation>bukan fail PDF, JPEG, PNG atau WEBP (disemak mengikut kandungan)</translation>
    </message>
    <message>
        <source>&amp;Add receipts…</source>
        <translation>&amp;Tambah resit…</translation>
    </message>
    <message>
        <source>Receipt drop area</source>
        <translation>Kawasan lepas resit</translation>
    </message>
    <message>
        <source>Drop PDF, JPEG, PNG or WEBP receipts here</source>
        <translation>Lepaskan resit PDF, JPEG, PNG atau WEBP di sini</translation>
    </message>
    <message>
        <source>Receipt files</source>
        <translation>Fail resit</translation>
    </message>
    <message>
        <source>Add receipts</source>
        <translation>Tambah resit</translation>
    </message>
    <message>
        <source>Receipts (*.pdf *.jpg *.jpeg *.png *.webp);;All files (*)</source>
        <translation>Resit (*.pdf *.jpg *.jpeg *.png *.webp);;Semua fail (*)</translation>
    </message>
    <message>
        <source>Drop receipts here (PDF, JPEG, PNG, WEBP; up to %1 each)</source>
        <translation>Lepaskan resit di sini (PDF, JPEG, PNG, WEBP; sehingga %1 setiap satu)</translation>
    </message>
    <message>
        <source>not a file</source>
        <translation>bukan fail</translation>
    </message>
    <message>
        <source>too large: %1, the limit is %2</source>
        <translation>terlalu besar: %1, hadnya %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>tidak dapat dibaca</translation>
    </message>
    <message>
        <source>%1 — queued</source>
        <translation>%1 — dalam baris gilir</translation>
    </message>
    <message>
        <source>%1 — refused: %2</source>
        <translation>%1 — ditolak: %2</translation>
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
        <translation>&amp;Buka resit</translation>
    </message>
    <message>
        <source>Receipts of the selected claim</source>
        <translation>Resit tuntutan yang dipilih</translation>
    </message>
    <message>
        <source>Receipts:</source>
        <translation>Resit:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Membuka %1…</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Tidak dapat membuka %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a PDF, JPEG, PNG or WEBP file.</source>
        <translation>%1 bukan fail PDF, JPEG, PNG atau WEBP.</translation>
    </message>
    <message>
        <source>%1 cannot be shown: the picture is damaged.</source>
        <translation>%1 tidak dapat dipaparkan: gambar rosak.</translation>
    </message>
    <message>
        <source>Cannot keep %1 for the PDF viewer.</source>
        <translation>Tidak dapat menyimpan %1 untuk pemapar PDF.</translation>
    </message>
    <message>
        <source>No PDF viewer could open %1.</source>
        <translation>Tiada pemapar PDF dapat membuka %1.</translation>
    </message>
    <message>
        <source>Receipt — %1</source>
        <translation>Resit — %1</translation>
    </message>
    <message>
        <source>Receipt image %1</source>
        <translation>Imej resit %1</translation>
    </message>
</context>
<context>
    <name>purser::RecordActionBar</name>
    <message>
        <source>Why an action is unavailable</source>
        <translation>Mengapa tindakan tidak tersedia</translation>
    </message>
</context>
<context>
    <name>purser::RecordNames</name>
    <message>
        <source>Payroll %1 – %2</source>
        <translation>Gaji %1 – %2</translation>
    </message>
    <message>
        <source>Claim “%1”</source>
        <translation>Tuntutan “%1”</translation>
    </message>
    <message>
        <source>Receipt of %1</source>
        <translation>Resit untuk %1</translation>
    </message>
</context>
<context>
    <name>purser::Session</name>
    <message>
        <source>The server&apos;s sign-in answer is incomplete.</source>
        <translation>Jawapan log masuk pelayan tidak lengkap.</translation>
    </message>
    <message>
        <source>The server&apos;s session answer is incomplete.</source>
        <translation>Jawapan sesi pelayan tidak lengkap.</translation>
    </message>
    <message>
        <source>You are not a member of any organisation.</source>
        <translation>Anda bukan ahli mana-mana organisasi.</translation>
    </message>
</context>
<context>
    <name>purser::SessionHeader</name>
    <message>
        <source>No organisation</source>
        <translation>Tiada organisasi</translation>
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
        <translation>Rantai kunci sistem tidak tersedia: %1</translation>
    </message>
</context>
<context>
    <name>purser::SessionsPanel</name>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Muat semula</translation>
    </message>
    <message>
        <source>&amp;Revoke session</source>
        <translation>&amp;Batalkan sesi</translation>
    </message>
    <message>
        <source>My sessions</source>
        <translation>Sesi saya</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Peranti</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Kali terakhir digunakan</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Alamat</translation>
    </message>
    <message>
        <source>Unknown device</source>
        <translation>Peranti tidak diketahui</translation>
    </message>
    <message>
        <source>%1 (this session)</source>
        <translation>%1 (sesi ini)</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n sesi.</numerusform>
        </translation>
    </message>
    <message>
        <source>Session revoked.</source>
        <translation>Sesi dibatalkan.</translation>
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
    <message>
        <source>&amp;Forget this certificate</source>
        <translation>&amp;Lupakan sijil ini</translation>
    </message>
    <message>
        <source>Check the &amp;keychain again</source>
        <translation>Semak &amp;rantai kunci semula</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Bahasa</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Lalai sistem</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Sync interval in minutes</source>
        <translation>Selang segerak dalam minit</translation>
    </message>
    <message>
        <source>Server:</source>
        <translation>Pelayan:</translation>
    </message>
    <message>
        <source>Pinned certificate:</source>
        <translation>Sijil yang disematkan:</translation>
    </message>
    <message>
        <source>Secrets kept in:</source>
        <translation>Rahsia disimpan dalam:</translation>
    </message>
    <message>
        <source>Keychain:</source>
        <translation>Rantai kunci:</translation>
    </message>
    <message>
        <source>The new language applies the next time Purser starts.</source>
        <translation>Bahasa baharu digunakan apabila Purser dimulakan semula.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Menyemak…</translation>
    </message>
    <message>
        <source>Available: your sign-in is stored there.</source>
        <translation>Tersedia: log masuk anda disimpan di situ.</translation>
    </message>
    <message>
        <source>Available: no sign-in of yours is stored there.</source>
        <translation>Tersedia: tiada log masuk anda disimpan di situ.</translation>
    </message>
    <message>
        <source>Unavailable: %1</source>
        <translation>Tidak tersedia: %1</translation>
    </message>
    <message>
        <source>None pinned</source>
        <translation>Tiada yang disematkan</translation>
    </message>
    <message>
        <source>the system keychain</source>
        <translation>rantai kunci sistem</translation>
    </message>
    <message>
        <source>%1; the offline data is encrypted with a key kept there.</source>
        <translation>%1; data luar talian disulitkan dengan kunci yang disimpan di situ.</translation>
    </message>
    <message>
        <source>%1. No offline data is open.</source>
        <translation>%1. Tiada data luar talian dibuka.</translation>
    </message>
    <message>
        <source>Lock after minutes without input</source>
        <translation>Kunci selepas beberapa minit tanpa input</translation>
    </message>
    <message>
        <source>Loc&amp;k after:</source>
        <translation>&amp;Kunci selepas:</translation>
    </message>
    <message>
        <source>Audit signing keys</source>
        <translation>Kunci tandatangan audit</translation>
    </message>
    <message>
        <source>This computer&apos;s witness key</source>
        <translation>Kunci saksi komputer ini</translation>
    </message>
    <message>
        <source>Required witnesses</source>
        <translation>Saksi yang diwajibkan</translation>
    </message>
    <message>
        <source>Witness key fingerprints, separated by commas</source>
        <translation>Cap jari kunci saksi, dipisahkan dengan koma</translation>
    </message>
    <message>
        <source>An export is called verified only when these witnesses (for example two auditors&apos; computers) cosigned its checkpoint.</source>
        <translation>Eksport dianggap disahkan hanya apabila saksi-saksi ini (contohnya komputer dua juruaudit) telah menandatangani bersama titik semaknya.</translation>
    </message>
    <message>
        <source>Audit signing key:</source>
        <translation>Kunci tandatangan audit:</translation>
    </message>
    <message>
        <source>Witness key:</source>
        <translation>Kunci saksi:</translation>
    </message>
    <message>
        <source>Require &amp;witnesses:</source>
        <translation>&amp;Wajibkan saksi:</translation>
    </message>
    <message>
        <source>Not saved: &quot;%1&quot; is not a witness key fingerprint (64 hexadecimal digits).</source>
        <translation>Tidak disimpan: &quot;%1&quot; bukan cap jari kunci saksi (64 digit heksadesimal).</translation>
    </message>
    <message>
        <source>None pinned yet (pinned at the first sync)</source>
        <translation>Belum ada yang disematkan (disematkan semasa segerak pertama)</translation>
    </message>
    <message>
        <source>None yet (made when this computer first cosigns a checkpoint)</source>
        <translation>Belum ada (dicipta apabila komputer ini pertama kali menandatangani bersama titik semak)</translation>
    </message>
</context>
<context>
    <name>purser::SignInDialog</name>
    <message>
        <source>Sign in to Purser</source>
        <translation>Log masuk ke Purser</translation>
    </message>
    <message>
        <source>https://purser.example.com:8443</source>
        <translation>https://purser.example.com:8443</translation>
    </message>
    <message>
        <source>you@example.com</source>
        <translation>anda@example.com</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Log masuk</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Sedang log masuk…</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>&amp;Pelayan:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-mel:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata laluan:</translation>
    </message>
    <message>
        <source>Enter the server address, for example https://purser.example.com:8443.</source>
        <translation>Masukkan alamat pelayan, contohnya https://purser.example.com:8443.</translation>
    </message>
    <message>
        <source>Enter your email address.</source>
        <translation>Masukkan alamat e-mel anda.</translation>
    </message>
    <message>
        <source>Enter your password.</source>
        <translation>Masukkan kata laluan anda.</translation>
    </message>
    <message>
        <source>Two-factor &amp;code:</source>
        <translation>&amp;Kod dua faktor:</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Kata laluan</translation>
    </message>
    <message>
        <source>Two-factor code</source>
        <translation>Kod dua faktor</translation>
    </message>
    <message>
        <source>6 digits, or a backup code</source>
        <translation>6 digit, atau kod sandaran</translation>
    </message>
    <message>
        <source>Enter your password and the code from your authenticator app.</source>
        <translation>Masukkan kata laluan anda dan kod daripada aplikasi pengesah anda.</translation>
    </message>
</context>
<context>
    <name>purser::SyncEngine</name>
    <message>
        <source>You are no longer a member of this organisation.</source>
        <translation>Anda bukan lagi ahli organisasi ini.</translation>
    </message>
    <message>
        <source>Cannot write the offline data.</source>
        <translation>Tidak dapat menulis data luar talian.</translation>
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
        <source>Sync progress</source>
        <translation>Kemajuan segerak</translation>
    </message>
    <message>
        <source>Changes waiting to be sent</source>
        <translation>Perubahan menunggu untuk dihantar</translation>
    </message>
    <message>
        <source>Retry now</source>
        <translation>Cuba semula sekarang</translation>
    </message>
    <message>
        <source>Retry the connection now</source>
        <translation>Cuba sambung semula sekarang</translation>
    </message>
    <message>
        <source>Connection state</source>
        <translation>Keadaan sambungan</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Belum disegerakkan</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1: %n item(s)</source>
        <translation>
            <numerusform>Menyegerakkan %1: %n item</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting</source>
        <translation>
            <numerusform>%n perubahan menunggu</numerusform>
        </translation>
    </message>
    <message>
        <source>Audit history alarm</source>
        <translation>Amaran sejarah audit</translation>
    </message>
</context>
<context>
    <name>purser::TwoFactorPanel</name>
    <message>
        <source>Two-factor is off. With it on, signing in also asks for a code from an authenticator app on your phone.</source>
        <translation>Dua faktor dimatikan. Apabila dihidupkan, log masuk juga meminta kod daripada aplikasi pengesah pada telefon anda.</translation>
    </message>
    <message>
        <source>Password to turn on two-factor</source>
        <translation>Kata laluan untuk menghidupkan dua faktor</translation>
    </message>
    <message>
        <source>Turn &amp;on two-factor…</source>
        <translation>&amp;Hidupkan dua faktor…</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Kata laluan:</translation>
    </message>
    <message>
        <source>Scan this code with your authenticator app, or type the secret into it. Then enter the first code the app shows.</source>
        <translation>Imbas kod ini dengan aplikasi pengesah anda, atau taip rahsia ke dalamnya. Kemudian masukkan kod pertama yang ditunjukkan aplikasi.</translation>
    </message>
    <message>
        <source>QR code for your authenticator app</source>
        <translation>Kod QR untuk aplikasi pengesah anda</translation>
    </message>
    <message>
        <source>First code from the app</source>
        <translation>Kod pertama daripada aplikasi</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Sahkan</translation>
    </message>
    <message>
        <source>Secret:</source>
        <translation>Rahsia:</translation>
    </message>
    <message>
        <source>&amp;Code:</source>
        <translation>&amp;Kod:</translation>
    </message>
    <message>
        <source>Two-factor is on. These backup codes are shown only now: each signs you in once when your phone is not at hand. Save or print them and keep them somewhere safe.</source>
        <translation>Dua faktor dihidupkan. Kod sandaran ini ditunjukkan sekarang sahaja: setiap satu membolehkan anda log masuk sekali apabila telefon tiada. Simpan atau cetak dan letakkan di tempat selamat.</translation>
    </message>
    <message>
        <source>Backup codes</source>
        <translation>Kod sandaran</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Simpan…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Cetak…</translation>
    </message>
    <message>
        <source>&amp;Done, I kept them</source>
        <translation>&amp;Selesai, sudah disimpan</translation>
    </message>
    <message>
        <source>Two-factor is on. To turn it off, enter your password and a code from your app.</source>
        <translation>Dua faktor dihidupkan. Untuk mematikannya, masukkan kata laluan dan kod daripada aplikasi anda.</translation>
    </message>
    <message>
        <source>Password to turn off two-factor</source>
        <translation>Kata laluan untuk mematikan dua faktor</translation>
    </message>
    <message>
        <source>Code to turn off two-factor</source>
        <translation>Kod untuk mematikan dua faktor</translation>
    </message>
    <message>
        <source>Turn o&amp;ff two-factor</source>
        <translation>&amp;Matikan dua faktor</translation>
    </message>
    <message>
        <source>Asking the server for a secret…</source>
        <translation>Meminta rahsia daripada pelayan…</translation>
    </message>
    <message>
        <source>The password is wrong.</source>
        <translation>Kata laluan salah.</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be drawn as a QR code.</source>
        <translation>Jawapan pelayan tidak dapat dilukis sebagai kod QR.</translation>
    </message>
    <message>
        <source>That code is not right. Check the time on your phone and enter the code the app shows now.</source>
        <translation>Kod itu tidak betul. Semak masa pada telefon anda dan masukkan kod yang ditunjukkan aplikasi sekarang.</translation>
    </message>
    <message>
        <source>Two-factor is on. Your other sessions were signed out.</source>
        <translation>Dua faktor dihidupkan. Sesi anda yang lain telah dilog keluar.</translation>
    </message>
    <message>
        <source>The password or the code is not right.</source>
        <translation>Kata laluan atau kod tidak betul.</translation>
    </message>
    <message>
        <source>Two-factor is off.</source>
        <translation>Dua faktor dimatikan.</translation>
    </message>
    <message>
        <source>Purser backup codes for %1 (each works once):</source>
        <translation>Kod sandaran Purser untuk %1 (setiap satu sekali guna):</translation>
    </message>
    <message>
        <source>Save backup codes</source>
        <translation>Simpan kod sandaran</translation>
    </message>
    <message>
        <source>Text files (*.txt)</source>
        <translation>Fail teks (*.txt)</translation>
    </message>
    <message>
        <source>The codes could not be saved there.</source>
        <translation>Kod tidak dapat disimpan di situ.</translation>
    </message>
    <message>
        <source>Backup codes saved.</source>
        <translation>Kod sandaran disimpan.</translation>
    </message>
    <message>
        <source>Print backup codes</source>
        <translation>Cetak kod sandaran</translation>
    </message>
</context>
<context>
    <name>purser::WorkspaceHeader</name>
    <message>
        <source>Owner</source>
        <translation>Pemilik</translation>
    </message>
    <message>
        <source>Admin</source>
        <translation>Pentadbir</translation>
    </message>
    <message>
        <source>Finance</source>
        <translation>Kewangan</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Juruaudit</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Ahli</translation>
    </message>
    <message>
        <source>Viewer</source>
        <translation>Pemerhati</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisasi:</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisasi</translation>
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
        <translation type="unfinished">Id organisasi.</translation>
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
