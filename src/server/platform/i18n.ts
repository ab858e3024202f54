/** Server-side messages (error envelopes). Indonesian first; English when Accept-Language prefers it. */
export type Locale = 'id' | 'en';

const messages = {
  id: {
    VALIDATION_FAILED: 'Data yang dikirim tidak valid.',
    UNAUTHENTICATED: 'Silakan masuk terlebih dahulu.',
    FORBIDDEN: 'Anda tidak berwenang melakukan tindakan ini.',
    NOT_FOUND: 'Data tidak ditemukan.',
    CONFLICT: 'Terjadi konflik dengan data yang ada.',
    INVALID_TRANSITION: 'Langkah ini tidak diperbolehkan pada status saat ini.',
    PAYLOAD_TOO_LARGE: 'Ukuran berkas atau data melebihi batas.',
    UNSUPPORTED_MEDIA_TYPE: 'Jenis berkas tidak didukung.',
    RATE_LIMITED: 'Terlalu banyak percobaan. Coba lagi nanti.',
    INTERNAL: 'Terjadi kesalahan pada server.',
    UNAVAILABLE: 'Layanan yang dibutuhkan sedang tidak tersedia. Coba lagi nanti.',
    'auth.invalidCredentials': 'Nama pengguna atau kata sandi salah.',
    'auth.csrf': 'Token CSRF tidak ada atau tidak valid. Muat ulang halaman lalu coba lagi.',
    'auth.sessionExpired': 'Sesi Anda telah berakhir. Silakan masuk kembali.',
    'auth.wrongCurrentPassword': 'Kata sandi saat ini salah.',
    'auth.loginThrottled': 'Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam {minutes} menit.',
    'nip.format': 'NIP hanya boleh berisi angka.',
    'nip.length': 'NIP harus terdiri dari 18 digit.',
    'nip.birthDate': 'Bagian tanggal lahir NIP (digit 1–8) bukan tanggal yang valid.',
    'nip.tmt': 'Bagian TMT NIP (digit 9–14) tidak valid.',
    'nip.tmtBeforeAdulthood': 'TMT pada NIP lebih awal dari ulang tahun ke-18 pegawai.',
    'nip.pppkCode': 'Kode PPPK pada NIP (digit 13–14) harus "2" diikuti angka 1–9.',
    'nip.sex': 'Kode jenis kelamin pada NIP (digit 15) harus 1 (laki-laki) atau 2 (perempuan).',
    'nip.serial': 'Nomor urut NIP (digit 16–18) tidak boleh 000.',
    'employee.rank': 'Pangkat/golongan tidak sesuai dengan jenis ASN.',
    'employee.functionalLevelRequired': 'Jenjang jabatan fungsional wajib diisi untuk jabatan fungsional.',
    'employee.functionalLevelNotAllowed': 'Jenjang hanya diisi untuk jabatan fungsional.',
    'employee.duplicateNip': 'NIP sudah terdaftar.',
    'employee.circularSupervisor': 'Atasan ini membuat rantai atasan melingkar.',
    'employee.selfSupervisor': 'Pegawai tidak dapat menjadi atasannya sendiri.',
    'employee.unitNotFound': 'Unit kerja tidak ditemukan.',
    'employee.supervisorNotFound': 'Atasan tidak ditemukan.',
    'unit.duplicateCode': 'Kode unit sudah digunakan.',
    'unit.circularParent': 'Unit induk ini membuat struktur melingkar.',
    'unit.parentNotFound': 'Unit induk tidak ditemukan.',
    'unit.headNotFound': 'Kepala unit tidak ditemukan.',
    'unit.hasChildren': 'Unit masih memiliki sub-unit atau pegawai.',
    'acting.dateRange': 'Tanggal selesai harus sama dengan atau setelah tanggal mulai.',
    'user.duplicateUsername': 'Nama pengguna sudah digunakan.',
    'user.employeeNotFound': 'Pegawai tidak ditemukan.',
    'user.employeeTaken': 'Pegawai ini sudah memiliki akun.',
    'version.stale': 'Data telah diubah oleh orang lain. Muat ulang lalu coba lagi.',
    'import.invalidFile': 'Berkas tidak dapat dibaca sebagai CSV atau XLSX.',
    'import.rowsFailed': '{count} baris gagal divalidasi; tidak ada yang diimpor.',
    'import.noFile': 'Unggah satu berkas CSV atau XLSX pada bagian bernama "file".',
    'import.tooManyRows': 'Berkas impor berisi lebih dari {max} baris data; bagi menjadi beberapa berkas.',
    'upload.tooManyInFlight':
      'Masih ada {max} unggahan Anda yang sedang diproses; tunggu hingga selesai lalu coba lagi.',
    'body.invalidJson': 'Isi permintaan bukan JSON yang valid.',
    'input.nulCharacter': 'Teks tidak boleh berisi karakter NUL.',
    'input.invalidUnicode': 'Teks berisi karakter Unicode yang tidak valid.',
    'url.tooLong': 'Alamat (URL) atau parameternya terlalu panjang.',
    'url.invalid': 'Alamat (URL) tidak valid.',
    'request.headersTooLarge': 'Alamat (URL) atau header permintaan terlalu panjang.',
    'request.malformed': 'Permintaan tidak dapat dibaca.',
    'upload.malformed': 'Unggahan terpotong atau rusak; kirim ulang berkasnya.',
    'upload.tooLarge': 'Berkas lebih besar dari batas {maxMb} MB; perkecil atau bagi berkasnya.',
    'cycle.duplicateYear': 'Siklus penilaian untuk tahun ini sudah ada.',
    'cycle.dateOrder': 'Tanggal selesai harus sama dengan atau setelah tanggal mulai.',
    'audit.dateOrder': 'Tanggal akhir harus sama dengan atau setelah tanggal awal.',
    'audit.actionFormat':
      'Kode tindakan hanya berisi huruf kecil, garis bawah dan titik (mis. evaluation. atau unit.update).',
    'cycle.tooLong': 'Rentang siklus tidak boleh lebih dari satu tahun.',
    'cycle.outsideYear': 'Tanggal harus berada di dalam tahun siklus.',
    'period.deadlineBeforeStart': 'Tenggat tidak boleh sebelum tanggal mulai periode.',
    'period.deadlineOrder': 'Tenggat evaluasi tidak boleh sebelum tenggat realisasi.',
    'period.alreadyLocked': 'Periode ini sudah dikunci.',
    'period.notLocked': 'Periode ini tidak sedang dikunci.',
    'period.unlockReason': 'Alasan membuka kunci periode wajib diisi.',
    'cycle.closed': 'Tahun kinerja {year} sudah ditutup oleh BKPSDM; datanya hanya dapat dibaca.',
    'cycle.alreadyClosed': 'Tahun kinerja {year} sudah ditutup.',
    'cycle.notClosed': 'Tahun kinerja {year} tidak sedang ditutup.',
    'cycle.reopenReason': 'Alasan membuka kembali tahun kinerja wajib diisi.',
    'library.ownProposal': 'Anda tidak dapat mendukung usulan Anda sendiri.',
    'library.notProposed': 'Langkah ini hanya dapat dilakukan pada usulan yang belum diputuskan.',
    'library.decideForbidden':
      'Hanya admin kepegawaian atau kepala unit yang dapat memutuskan usulan indikator.',
    'library.declineReason': 'Alasan penolakan wajib diisi.',
    'training.competenceInvalid':
      'Kompetensi harus berupa nilai BerAKHLAK, kategori indikator (efficiency, effectiveness, innovation) atau tag 2–41 karakter: huruf kecil, angka, spasi, _ atau -.',
    'training.hoursDecimal': 'JP paling banyak satu angka desimal.',
    'training.dateOrder': 'Tanggal selesai harus sama dengan atau setelah tanggal mulai.',
    'training.codeFormat': 'Kode 2–32 karakter: huruf, angka, titik, _ atau -.',
    'training.duplicateCode': 'Kode program sudah digunakan.',
    'plan.invalidTransition': 'Langkah ini tidak diperbolehkan untuk SKP berstatus {status}.',
    'transfer.noOpenCycle': 'Tanggal berlaku mutasi harus berada dalam siklus SKP yang masih terbuka.',
    'transfer.cycleClosed':
      'Siklus SKP {year} sudah ditutup; mutasi tidak dapat dicatat pada tanggal {effectiveDate}.',
    'transfer.beforePlanStart':
      'Tanggal berlaku mutasi ({effectiveDate}) harus sesudah tanggal mulai SKP yang berlaku ({planStartDate}).',
    'transfer.laterPlan':
      'Pegawai ini sudah memiliki SKP yang dimulai {planStartDate}, sesudah tanggal berlaku mutasi ({effectiveDate}).',
    'plan.ended': 'SKP ini telah berakhir pada {endDate} karena mutasi dan tidak dapat diubah lagi.',
    'plan.submitPreconditions':
      'SKP belum dapat diajukan: lengkapi RHK, indikator, target, dan tautan ke RHK atasan.',
    'plan.perspectiveMissing':
      'SKP Jabatan Pimpinan Tinggi belum dapat diajukan: setiap indikator wajib memiliki perspektif.',
    'plan.duplicate': 'Pegawai ini sudah memiliki SKP pada periode ini.',
    'plan.parentInvalid':
      'RHK atasan yang dipilih bukan RHK dari SKP atasan yang berlaku pada periode yang sama.',
    'plan.amendmentExists': 'SKP ini sudah memiliki perubahan.',
    'plan.noEmployeeLink': 'Akun Anda belum terhubung dengan data pegawai.',
    'plan.cycleNotFound': 'Periode penilaian tidak ditemukan.',
    'plan.employeeNotFound': 'Pegawai tidak ditemukan.',
    'plan.assessorNotFound': 'Pejabat penilai tidak ditemukan.',
    'plan.assessorSelf': 'Pegawai tidak dapat menjadi pejabat penilai bagi dirinya sendiri.',
    'matrix.resultNotFound': 'RHK tersebut bukan bagian dari SKP Anda yang berlaku.',
    'indicator.range': 'Batas atas rentang target harus lebih besar atau sama dengan target.',
    'number.negative': 'Tidak boleh negatif.',
    'number.tooLarge': 'Angka terlalu besar (paling banyak 1.000.000.000.000).',
    'indicator.templateNotFound': 'Templat indikator tidak ditemukan di pustaka.',
    'indicator.periodNotInPlan': 'Periode ini bukan periode SKP ini.',
    'indicator.periodTwice': 'Periode ini disebut lebih dari sekali.',
    'indicator.periodTargetsNoTarget': 'Indikator ini tidak memiliki target angka untuk dibagi per periode.',
    'indicator.periodTargetsSum':
      'Jumlah target periode ({sum}) harus sama dengan target tahunan ({annual}) karena realisasinya dijumlahkan.',
    'indicator.periodTargetsExceed':
      'Target periode yang diubah berjumlah {sum}, melebihi target tahunan ({annual}); periode lain tidak kebagian target.',
    'progress.planNotApproved':
      'Realisasi hanya dapat dicatat pada SKP yang sudah disetujui: realisasi diukur terhadap rencana yang disepakati.',
    'progress.planSuperseded':
      'Versi SKP ini sudah digantikan oleh perubahan yang disetujui; gunakan SKP yang berlaku.',
    'progress.planNotInForce':
      'Periode ini berada di luar masa berlaku SKP ini (mutasi): catat realisasinya pada SKP yang berlaku pada periode tersebut.',
    'progress.periodLocked': 'Periode ini sudah dikunci; realisasi dan bukti dukung tidak dapat diubah lagi.',
    'progress.periodNotInCycle': 'Periode tersebut bukan bagian dari siklus SKP ini.',
    'progress.indicatorNotInPlan': 'Indikator tersebut bukan bagian dari SKP ini.',
    'progress.valueRequired': 'Indikator ini bertarget angka: isi nilai realisasi.',
    'progress.textRequired': 'Indikator ini bertarget naratif: tuliskan realisasinya.',
    'progress.valueNotAllowed': 'Indikator naratif tidak menerima nilai angka; tuliskan realisasinya.',
    'progress.duplicateIndicator': 'Indikator yang sama muncul lebih dari sekali.',
    'evidence.noFile': 'Unggah satu berkas pada bagian bernama "file", atau kirim JSON berisi {url}.',
    'evidence.empty': 'Berkas kosong.',
    'evidence.unsupportedType':
      'Jenis berkas tidak didukung. Unggah PDF, gambar (JPEG, PNG, WebP, HEIC, GIF), dokumen Office tanpa makro, atau teks/CSV.',
    'evidence.urlProtocol': 'Tautan harus berupa alamat http:// atau https://.',
    'evidence.contentMismatch':
      'Isi berkas tidak sesuai dengan namanya: berkas bernama .{ext} tidak berisi jenis itu. Periksa berkasnya lalu unggah berkas yang benar.',
    'evidence.notDeletable': 'Hanya pemilik SKP yang dapat menghapus bukti dukung yang diunggahnya.',
    'development.titleRequired': 'Isi nama kegiatan pengembangan, atau pilih program dari katalog.',
    'development.catalogueMode': 'Moda program katalog mengikuti katalog; jangan diisi.',
    'development.duePast': 'Tenggat tidak boleh sebelum hari ini.',
    'development.dueTooFar': 'Tenggat paling lambat sekitar dua tahun dari hari ini.',
    'development.trainingNotFound': 'Program tersebut tidak ada di Katalog Pengembangan.',
    'development.trainingInactive': 'Program tersebut sudah tidak aktif di Katalog Pengembangan.',
    'development.duplicateTraining': 'Program ini sudah ada dalam rencana.',
    'development.notOpen': 'Rencana pengembangan ini sudah selesai atau dibatalkan; tidak dapat diubah lagi.',
    'development.partiesOnly':
      'Rencana pengembangan diubah dan disepakati oleh pegawai atau pejabat penilainya.',
    'development.employeeOnly': 'Kegiatan pengembangan diselesaikan oleh pegawai yang bersangkutan.',
    'development.itemNotPlanned': 'Kegiatan ini sudah selesai atau dibatalkan.',
    'development.noItems': 'Tambahkan setidaknya satu kegiatan sebelum menyepakati rencana.',
    'development.certificateRequired':
      'Unggah sertifikat atau bukti penyelesaian pada bagian bernama "file".',
    'development.certificateType': 'Sertifikat harus berupa PDF, PNG, atau JPEG (dinilai dari isi berkas).',
    'development.noteTooLong': 'Catatan paling banyak 2.000 karakter.',
    'development.voluntarySelf':
      'Rencana pengembangan mandiri hanya dapat dibuat oleh pegawai untuk dirinya sendiri.',
    'feedback.periodRequired': 'Pilih periode umpan balik.',
    'feedback.kindRequired': 'Tandai umpan balik sebagai kekuatan atau hal yang perlu ditingkatkan.',
    'feedback.oneSubject': 'Umpan balik ditujukan pada satu RHK atau satu nilai perilaku, tidak keduanya.',
    'feedback.replyInherits': 'Balasan mengikuti periode, RHK, dan perilaku dari umpan balik yang dibalas.',
    'feedback.resultNotInPlan': 'RHK tersebut bukan bagian dari SKP ini.',
    'feedback.replyToNotFound': 'Umpan balik yang dibalas tidak ditemukan pada SKP ini.',
    'feedback.replyPeriod': 'Balasan harus berada pada periode yang sama dengan umpan balik yang dibalas.',
    'feedback.assessorOnly': 'Umpan balik baru hanya dapat ditulis oleh pejabat penilai kinerja.',
    'feedback.partiesOnly': 'Hanya pegawai dan pejabat penilai yang dapat membalas umpan balik.',
    'monitoring.planNotCurrent': 'Versi SKP ini tidak berlaku lagi; gunakan SKP yang berlaku.',
    'dialogue.partiesOnly': 'Dialog kinerja dicatat oleh pegawai atau pejabat penilainya.',
    'dialogue.actionOwner': 'Penanggung jawab tindak lanjut harus pegawai atau pejabat penilainya.',
    'dialogue.heldInFuture': 'Tanggal dialog tidak boleh di masa depan.',
    'dialogue.dueBeforeHeld': 'Tenggat tindak lanjut tidak boleh sebelum tanggal dialog.',
    'evaluation.planNotApproved': 'Evaluasi hanya dapat dibuat untuk SKP yang sudah disetujui dan berlaku.',
    'evaluation.duplicate': 'Pegawai ini sudah memiliki evaluasi untuk periode tersebut.',
    'evaluation.periodNotInCycle': 'Periode tersebut bukan bagian dari siklus SKP ini.',
    'evaluation.assessorOnly': 'Hanya pejabat penilai kinerja pegawai ini yang dapat menilai.',
    'evaluation.notDraft':
      'Evaluasi yang sudah final tidak dapat diubah; gunakan keberatan atau pembukaan kembali oleh admin kepegawaian.',
    'evaluation.notFinal': 'Langkah ini hanya untuk evaluasi yang sudah final.',
    'evaluation.ratingsMissing': 'Isi Rating Hasil Kerja dan Rating Perilaku Kerja sebelum finalisasi.',
    'evaluation.reasonRequired': 'Rating Hasil Kerja berbeda dari saran: tuliskan alasannya.',
    'evaluation.resultNotInPlan': 'RHK tersebut bukan bagian dari SKP yang dinilai.',
    'evaluation.distributionViolated':
      'Finalisasi ini menyimpang dari pola distribusi untuk predikat organisasi {orgPredicate}. Tuliskan justifikasi untuk melanjutkan.',
    'evaluation.openObjection': 'Evaluasi ini sedang dalam proses keberatan.',
    'evaluation.periodLocked':
      'Periode {period} sudah dikunci oleh BKPSDM; evaluasi dan predikat organisasinya tidak dapat diubah lagi.',
    'evaluation.cycleClosed': 'Tahun penilaian ini sudah ditutup oleh BKPSDM; datanya hanya dapat dibaca.',
    'evaluation.tooEarly': 'Evaluasi periode ini baru dapat difinalisasi mulai {opensOn}.',
    'evaluation.planNotInForce':
      'SKP ini tidak berlaku pada periode tersebut (mutasi); evaluasi dibuat pada SKP yang berlaku oleh pejabat penilainya.',
    'evaluation.leaderRule':
      'Sebagai pimpinan unit, Rating Hasil Kerja ditetapkan dari Capaian Kinerja Organisasi {unit} ({orgPredicate}): {rating}.',
    'evaluation.orgPredicateMissing':
      'Capaian Kinerja Organisasi {unit} untuk periode ini belum ditetapkan; Rating Hasil Kerja pimpinan unit mengikutinya.',
    'evaluation.leaderReasonRequired':
      'Rating Hasil Kerja berbeda dari yang ditawarkan Capaian Kinerja Organisasi: tuliskan alasannya.',
    'objection.explanationsMissing':
      'Mintalah penjelasan dari pegawai dan pejabat penilai terlebih dahulu; keputusan dapat diambil setelah keduanya menjawab atau batas waktunya ({dueOn}) lewat.',
    'objection.notDecided': 'Surat keputusan tersedia setelah keberatan diputuskan.',
    'objection.windowClosed': 'Batas waktu pengajuan keberatan sudah lewat (terakhir {deadline}).',
    'objection.duplicate': 'Keberatan atas evaluasi ini sudah diajukan.',
    'objection.ownerOnly': 'Keberatan hanya dapat diajukan oleh pegawai yang dinilai.',
    'objection.deciderOnly': 'Keberatan diputuskan oleh atasan pejabat penilai kinerja.',
    'objection.decided': 'Keberatan ini sudah diputuskan; keputusan bersifat final.',
    'objection.partiesOnly': 'Penjelasan ditulis oleh pegawai atau pejabat penilainya.',
    // follow-up (issue 14): escalations and recognition
    'escalation.readers':
      'Eskalasi kinerja hanya dapat dilihat oleh pimpinan instansi dan admin kepegawaian.',
    'escalation.deciderOnly': 'Keputusan atas eskalasi kinerja dicatat oleh pimpinan instansi.',
    'escalation.decided': 'Eskalasi ini sudah diputuskan.',
    'nomination.assessorOnly': 'Usulan penghargaan diajukan oleh pejabat penilai evaluasi ini.',
    'nomination.notSangatBaik': 'Hanya evaluasi final dengan predikat Sangat Baik yang dapat diusulkan.',
    'nomination.duplicate': 'Evaluasi ini sudah diusulkan untuk jenis penghargaan tersebut.',
    'nomination.deciders': 'Usulan penghargaan diputuskan oleh admin kepegawaian atau pimpinan instansi.',
    'nomination.decided': 'Usulan ini sudah diputuskan.',
    'orgPredicate.forbidden':
      'Predikat organisasi ditetapkan oleh pimpinan unit satu tingkat di atasnya atau admin kepegawaian.',
    'tpp.annualPeriod':
      'TPP dibayarkan per periode evaluasi bulanan atau triwulanan: pilih periode periodik, bukan periode tahunan.',
    'auth.passwordThrottled':
      'Terlalu banyak percobaan kata sandi saat ini yang salah. Coba lagi dalam {minutes} menit.',
    'auth.passwordTooShort': 'Kata sandi minimal 10 karakter.',
    'auth.passwordCommon': 'Kata sandi ini terlalu umum dan mudah ditebak; pilih kata sandi lain.',
    'auth.passwordHasUsername': 'Kata sandi tidak boleh memuat nama pengguna (NIP).',
    'oidc.nextNotLocal': 'Tujuan setelah masuk harus berupa alamat di situs ini.',
    'oidc.unavailable':
      'Penyedia SSO tidak dapat dihubungi saat ini. Coba lagi nanti atau masuk dengan kata sandi.',
    MFA_ENROLMENT_REQUIRED:
      'Peran Anda mewajibkan verifikasi dua langkah dan masa tenggangnya telah berakhir. Aktifkan verifikasi dua langkah di halaman Profil untuk melanjutkan.',
    'auth.mfaInvalidCode': 'Kode verifikasi salah atau sudah dipakai.',
    'auth.mfaTokenInvalid': 'Langkah verifikasi sudah kedaluwarsa. Silakan masuk kembali.',
    'auth.totpAlreadyEnabled': 'Verifikasi dua langkah sudah aktif.',
    'auth.totpNotEnabled': 'Verifikasi dua langkah belum aktif.',
    'auth.totpNoSetup': 'Mulai pengaturan verifikasi dua langkah terlebih dahulu.',
    'auth.totpRequired': 'Peran Anda mewajibkan verifikasi dua langkah; fitur ini tidak dapat dinonaktifkan.',
    'auth.totpThrottled': 'Terlalu banyak kode verifikasi yang salah. Coba lagi dalam {minutes} menit.',
    'auth.wrongPassword': 'Kata sandi salah.',
  },
  en: {
    VALIDATION_FAILED: 'The submitted data is not valid.',
    UNAUTHENTICATED: 'Please sign in first.',
    FORBIDDEN: 'You are not allowed to do this.',
    NOT_FOUND: 'Not found.',
    CONFLICT: 'This conflicts with existing data.',
    INVALID_TRANSITION: 'This step is not allowed in the current state.',
    PAYLOAD_TOO_LARGE: 'The file or data is too large.',
    UNSUPPORTED_MEDIA_TYPE: 'This file type is not supported.',
    RATE_LIMITED: 'Too many attempts. Try again later.',
    INTERNAL: 'Something went wrong on the server.',
    UNAVAILABLE: 'A service this needs is unavailable. Try again later.',
    'auth.invalidCredentials': 'Wrong username or password.',
    'auth.csrf': 'Missing or invalid CSRF token. Reload the page and try again.',
    'auth.sessionExpired': 'Your session has expired. Please sign in again.',
    'auth.wrongCurrentPassword': 'The current password is wrong.',
    'auth.loginThrottled': 'Too many failed sign-in attempts. Try again in {minutes} minutes.',
    'nip.format': 'A NIP may contain digits only.',
    'nip.length': 'A NIP has 18 digits.',
    'nip.birthDate': 'The birth-date part of the NIP (digits 1–8) is not a real date.',
    'nip.tmt': 'The TMT part of the NIP (digits 9–14) is not valid.',
    'nip.tmtBeforeAdulthood': "The NIP's TMT is before the employee's 18th birthday.",
    'nip.pppkCode': 'The PPPK code of the NIP (digits 13–14) must be "2" followed by 1–9.',
    'nip.sex': 'The sex digit of the NIP (digit 15) must be 1 (male) or 2 (female).',
    'nip.serial': 'The serial number of the NIP (digits 16–18) cannot be 000.',
    'employee.rank': 'The rank (golongan) does not match the ASN type.',
    'employee.functionalLevelRequired': 'A functional level is required for a functional position.',
    'employee.functionalLevelNotAllowed': 'A functional level applies to functional positions only.',
    'employee.duplicateNip': 'This NIP is already registered.',
    'employee.circularSupervisor': 'This supervisor would make the supervisor chain circular.',
    'employee.selfSupervisor': 'An employee cannot supervise themselves.',
    'employee.unitNotFound': 'Unit not found.',
    'employee.supervisorNotFound': 'Supervisor not found.',
    'unit.duplicateCode': 'This unit code is already used.',
    'unit.circularParent': 'This parent would make the unit tree circular.',
    'unit.parentNotFound': 'Parent unit not found.',
    'unit.headNotFound': 'Unit head not found.',
    'unit.hasChildren': 'The unit still has sub-units or employees.',
    'acting.dateRange': 'The end date must be on or after the start date.',
    'user.duplicateUsername': 'This username is taken.',
    'user.employeeNotFound': 'Employee not found.',
    'user.employeeTaken': 'This employee already has an account.',
    'version.stale': 'Someone else changed this record. Reload and try again.',
    'import.invalidFile': 'The file cannot be read as CSV or XLSX.',
    'import.rowsFailed': '{count} rows failed validation; nothing was imported.',
    'import.noFile': 'Upload one CSV or XLSX file in a part named "file".',
    'import.tooManyRows': 'The import file holds more than {max} data rows; split it into several files.',
    'upload.tooManyInFlight':
      'You already have {max} uploads in progress; wait until they finish and try again.',
    'body.invalidJson': 'The request body is not valid JSON.',
    'input.nulCharacter': 'Text may not contain NUL characters.',
    'input.invalidUnicode': 'The text contains invalid Unicode characters.',
    'url.tooLong': 'The address (URL) or one of its parameters is too long.',
    'url.invalid': 'The address (URL) is not valid.',
    'request.headersTooLarge': 'The address (URL) or the request headers are too long.',
    'request.malformed': 'The request could not be read.',
    'upload.malformed': 'The upload was cut off or is malformed; send the file again.',
    'upload.tooLarge': 'The file is larger than the {maxMb} MB limit; make it smaller or split it.',
    'cycle.duplicateYear': 'A cycle for this year already exists.',
    'cycle.dateOrder': 'The end date must be on or after the start date.',
    'audit.dateOrder': 'The end date must be on or after the start date.',
    'audit.actionFormat':
      'An action code holds only lower-case letters, underscores and dots (e.g. evaluation. or unit.update).',
    'cycle.tooLong': 'A cycle cannot be longer than one year.',
    'cycle.outsideYear': "The date must lie inside the cycle's year.",
    'period.deadlineBeforeStart': 'A deadline cannot be before the period starts.',
    'period.deadlineOrder': 'The evaluation deadline cannot be before the progress deadline.',
    'period.alreadyLocked': 'This period is already locked.',
    'period.notLocked': 'This period is not locked.',
    'period.unlockReason': 'A reason is required to unlock a period.',
    'cycle.closed': 'The performance year {year} is closed by HR; its data is read-only.',
    'cycle.alreadyClosed': 'The performance year {year} is already closed.',
    'cycle.notClosed': 'The performance year {year} is not closed.',
    'cycle.reopenReason': 'A reason is required to reopen a performance year.',
    'library.ownProposal': 'You cannot endorse your own proposal.',
    'library.notProposed': 'This step is only possible for a proposal that has not been decided.',
    'library.decideForbidden': 'Only an HR administrator or a unit head can decide on indicator proposals.',
    'library.declineReason': 'A reason is required to decline a proposal.',
    'training.competenceInvalid':
      'A competence is a BerAKHLAK value, an indicator category (efficiency, effectiveness, innovation) or a tag of 2–41 characters: lower-case letters, digits, spaces, _ or -.',
    'training.hoursDecimal': 'Hours (JP) take one decimal at most.',
    'training.dateOrder': 'The end date must be on or after the start date.',
    'training.codeFormat': 'A code has 2–32 characters: letters, digits, dots, _ or -.',
    'training.duplicateCode': 'This programme code is already in use.',
    'plan.invalidTransition': 'This step is not allowed for a work plan in status {status}.',
    'transfer.noOpenCycle': 'The effective date of a transfer must fall inside an open work plan cycle.',
    'transfer.cycleClosed': 'The {year} cycle is closed; no transfer can take effect on {effectiveDate}.',
    'transfer.beforePlanStart':
      'The effective date ({effectiveDate}) must be after the start of the plan in force ({planStartDate}).',
    'transfer.laterPlan':
      'This employee already has a plan starting {planStartDate}, after the effective date ({effectiveDate}).',
    'plan.ended': 'This work plan ended on {endDate} because of a transfer and can no longer be changed.',
    'plan.submitPreconditions':
      'The work plan cannot be submitted yet: complete results, indicators, targets and the links to the supervisor’s results.',
    'plan.perspectiveMissing':
      'A senior executive (JPT) work plan cannot be submitted yet: every indicator needs a perspective.',
    'plan.duplicate': 'This employee already has a work plan in this cycle.',
    'plan.parentInvalid':
      'The chosen supervisor result is not a result of the supervisor’s work plan in force in the same cycle.',
    'plan.amendmentExists': 'This work plan already has an amendment.',
    'plan.noEmployeeLink': 'Your account is not linked to an employee.',
    'plan.cycleNotFound': 'Cycle not found.',
    'plan.employeeNotFound': 'Employee not found.',
    'plan.assessorNotFound': 'Assessing official not found.',
    'plan.assessorSelf': 'An employee cannot be their own assessing official.',
    'matrix.resultNotFound': 'That result is not part of your work plan in force.',
    'indicator.range': 'The upper bound of a target range must be at least the target.',
    'number.negative': 'Must not be negative.',
    'number.tooLarge': 'The number is too large (at most 1,000,000,000,000).',
    'indicator.templateNotFound': 'Indicator template not found in the library.',
    'indicator.periodNotInPlan': 'This period is not one of the periods of this work plan.',
    'indicator.periodTwice': 'This period is given more than once.',
    'indicator.periodTargetsNoTarget': 'This indicator has no numeric target to split over the periods.',
    'indicator.periodTargetsSum':
      'The period targets add up to {sum} but must equal the annual target ({annual}), because the periods are summed.',
    'indicator.periodTargetsExceed':
      'The changed period targets add up to {sum}, more than the annual target ({annual}); nothing is left for the other periods.',
    'progress.planNotApproved':
      'Progress can only be recorded against an approved work plan: it is measured against the agreed plan.',
    'progress.planSuperseded':
      'This version of the work plan was replaced by an approved amendment; use the plan in force.',
    'progress.planNotInForce':
      'This period is outside the days this work plan is in force (transfer): record it on the plan in force then.',
    'progress.periodLocked': 'This period is locked; progress and evidence can no longer change.',
    'progress.periodNotInCycle': "That period is not part of this work plan's cycle.",
    'progress.indicatorNotInPlan': 'That indicator is not part of this work plan.',
    'progress.valueRequired': 'This indicator has a numeric target: enter the realised value.',
    'progress.textRequired': 'This indicator has a narrative target: describe what was achieved.',
    'progress.valueNotAllowed': 'A narrative indicator takes no number; describe what was achieved.',
    'progress.duplicateIndicator': 'The same indicator appears more than once.',
    'evidence.noFile': 'Upload one file in a part named "file", or send JSON with {url}.',
    'evidence.empty': 'The file is empty.',
    'evidence.unsupportedType':
      'This file type is not supported. Upload a PDF, an image (JPEG, PNG, WebP, HEIC, GIF), an Office document without macros, or text/CSV.',
    'evidence.urlProtocol': 'A link must be an http:// or https:// address.',
    'evidence.contentMismatch':
      'The content does not match the name: a file named .{ext} does not hold that kind of file. Check the file and upload the right one.',
    'evidence.notDeletable': 'Only the owner of the work plan can delete evidence they uploaded.',
    'development.titleRequired': 'Name the development activity, or choose a programme from the catalogue.',
    'development.catalogueMode': 'A catalogue programme’s mode comes from the catalogue; leave it empty.',
    'development.duePast': 'The due date cannot be before today.',
    'development.dueTooFar': 'The due date can be at most about two years from today.',
    'development.trainingNotFound': 'That programme is not in the development catalogue.',
    'development.trainingInactive': 'That programme is no longer active in the development catalogue.',
    'development.duplicateTraining': 'This programme is already in the plan.',
    'development.notOpen': 'This development plan is done or cancelled; it can no longer be changed.',
    'development.partiesOnly':
      'A development plan is changed and agreed by the employee or their assessing official.',
    'development.employeeOnly': 'Development activities are completed by the employee concerned.',
    'development.itemNotPlanned': 'This activity is already completed or cancelled.',
    'development.noItems': 'Add at least one activity before agreeing the plan.',
    'development.certificateRequired':
      'Upload the certificate or proof of completion in a part named "file".',
    'development.certificateType': 'A certificate must be a PDF, PNG or JPEG (judged by its content).',
    'development.noteTooLong': 'The note can be at most 2,000 characters.',
    'development.voluntarySelf':
      'A voluntary development plan can only be created by the employee for themself.',
    'feedback.periodRequired': 'Choose the period of the feedback.',
    'feedback.kindRequired': 'Tag the feedback as a strength or as something to improve.',
    'feedback.oneSubject': 'Feedback is about one result or one behaviour value, not both.',
    'feedback.replyInherits': 'A reply takes the period, result and behaviour of the feedback it answers.',
    'feedback.resultNotInPlan': 'That result is not part of this work plan.',
    'feedback.replyToNotFound': 'The feedback being answered was not found on this work plan.',
    'feedback.replyPeriod': 'A reply belongs to the same period as the feedback it answers.',
    'feedback.assessorOnly': 'Only the assessing official can start new feedback.',
    'feedback.partiesOnly': 'Only the employee and the assessing official can reply to feedback.',
    'monitoring.planNotCurrent':
      'This version of the work plan is no longer in force; use the plan in force.',
    'dialogue.partiesOnly': 'A performance dialogue is recorded by the employee or their assessing official.',
    'dialogue.actionOwner': 'The owner of an action must be the employee or their assessing official.',
    'dialogue.heldInFuture': 'The date of the dialogue cannot be in the future.',
    'dialogue.dueBeforeHeld': 'An action cannot be due before the dialogue took place.',
    'evaluation.planNotApproved': 'An evaluation needs an approved work plan that is in force.',
    'evaluation.duplicate': 'This employee already has an evaluation for that period.',
    'evaluation.periodNotInCycle': "That period is not part of this work plan's cycle.",
    'evaluation.assessorOnly': "Only the employee's assessing official may rate.",
    'evaluation.notDraft': 'A final evaluation cannot be changed; use an objection or an HR reopening.',
    'evaluation.notFinal': 'This step is only for final evaluations.',
    'evaluation.ratingsMissing': 'Set both the result rating and the behaviour rating before finalising.',
    'evaluation.reasonRequired': 'The result rating departs from the suggestion: write the reason.',
    'evaluation.resultNotInPlan': 'That planned result is not part of the evaluated work plan.',
    'evaluation.distributionViolated':
      'Finalising breaks the distribution pattern for the organisation predicate {orgPredicate}. Write a justification to continue.',
    'evaluation.openObjection': 'This evaluation has an objection in progress.',
    'evaluation.periodLocked':
      'The period {period} is locked by HR; its evaluations and organisation predicates can no longer change.',
    'evaluation.cycleClosed': 'This performance year is closed by HR; its data is read-only.',
    'evaluation.tooEarly': "This period's evaluation can be finalised from {opensOn}.",
    'evaluation.planNotInForce':
      'This work plan is not in force in that period (transfer); the evaluation belongs to the plan in force and its assessor.',
    'evaluation.leaderRule':
      'As a unit head, the result rating is set by the organisation predicate of {unit} ({orgPredicate}): {rating}.',
    'evaluation.orgPredicateMissing':
      "The organisation predicate of {unit} for this period is not set yet; a unit head's result rating follows it.",
    'evaluation.leaderReasonRequired':
      'The result rating departs from the one offered by the organisation predicate: write the reason.',
    'objection.explanationsMissing':
      'Ask the employee and the assessing official for explanations first; decide once both answered or their deadline ({dueOn}) has passed.',
    'objection.notDecided': 'The decision letter is available once the objection is decided.',
    'objection.windowClosed': 'The objection window has closed (last day {deadline}).',
    'objection.duplicate': 'An objection to this evaluation was already filed.',
    'objection.ownerOnly': 'Only the evaluated employee may object.',
    'objection.deciderOnly': "Objections are decided by the assessing official's superior.",
    'objection.decided': 'This objection is decided; the decision is final.',
    'objection.partiesOnly': 'Explanations are written by the employee or their assessing official.',
    'escalation.readers': 'Escalations are visible to the agency head and HR only.',
    'escalation.deciderOnly': 'The decision on an escalation is recorded by the agency head.',
    'escalation.decided': 'This escalation has already been decided.',
    'nomination.assessorOnly': "Nominations are made by this evaluation's assessing official.",
    'nomination.notSangatBaik': 'Only a final evaluation rated Sangat Baik can be nominated.',
    'nomination.duplicate': 'This evaluation has already been nominated for that kind of recognition.',
    'nomination.deciders': 'Nominations are decided by HR or the agency head.',
    'nomination.decided': 'This nomination has already been decided.',
    'orgPredicate.forbidden': 'The organisation predicate is set by the head of the parent unit or HR.',
    'tpp.annualPeriod':
      'The TPP is paid per monthly or quarterly evaluation period: choose a periodic period, not the annual one.',
    'auth.passwordThrottled': 'Too many wrong current passwords. Try again in {minutes} minutes.',
    'auth.passwordTooShort': 'The password must be at least 10 characters long.',
    'auth.passwordCommon': 'This password is too common and easy to guess; choose another one.',
    'auth.passwordHasUsername': 'The password must not contain the username (NIP).',
    'oidc.nextNotLocal': 'The page to go to after signing in must be on this site.',
    'oidc.unavailable':
      'The single sign-on provider cannot be reached right now. Try again later or sign in with a password.',
    MFA_ENROLMENT_REQUIRED:
      'Your role requires two-step verification and its grace period has ended. Turn on two-step verification on the Profile page to continue.',
    'auth.mfaInvalidCode': 'The verification code is wrong or has already been used.',
    'auth.mfaTokenInvalid': 'The verification step has expired. Please sign in again.',
    'auth.totpAlreadyEnabled': 'Two-step verification is already on.',
    'auth.totpNotEnabled': 'Two-step verification is not on.',
    'auth.totpNoSetup': 'Start setting up two-step verification first.',
    'auth.totpRequired': 'Your role requires two-step verification; it cannot be turned off.',
    'auth.totpThrottled': 'Too many wrong verification codes. Try again in {minutes} minutes.',
    'auth.wrongPassword': 'The password is wrong.',
  },
} as const;

export type MessageKey = keyof (typeof messages)['id'];

export function isMessageKey(key: string): key is MessageKey {
  return key in messages.id;
}

export function t(locale: Locale, key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template: string = messages[locale][key];
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(vars[k] ?? `{${k}}`));
}

/** Picks the locale from an Accept-Language header: English only when preferred over Indonesian. */
export function localeFrom(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'id';
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().toLowerCase().split(';');
      const q = params.find((p) => p.trim().startsWith('q='));
      return { tag, q: q ? Number(q.trim().slice(2)) || 0 : 1 };
    })
    .filter((x) => x.tag)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    if (tag.startsWith('id') || tag.startsWith('in')) return 'id';
    if (tag.startsWith('en')) return 'en';
  }
  return 'id';
}
