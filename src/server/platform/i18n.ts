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
    'body.invalidJson': 'Isi permintaan bukan JSON yang valid.',
    'input.nulCharacter': 'Teks tidak boleh berisi karakter NUL.',
    'cycle.duplicateYear': 'Siklus penilaian untuk tahun ini sudah ada.',
    'cycle.dateOrder': 'Tanggal selesai harus sama dengan atau setelah tanggal mulai.',
    'cycle.tooLong': 'Rentang siklus tidak boleh lebih dari satu tahun.',
    'cycle.outsideYear': 'Tanggal harus berada di dalam tahun siklus.',
    'period.deadlineBeforeStart': 'Tenggat tidak boleh sebelum tanggal mulai periode.',
    'period.deadlineOrder': 'Tenggat evaluasi tidak boleh sebelum tenggat realisasi.',
    'period.alreadyLocked': 'Periode ini sudah dikunci.',
    'period.notLocked': 'Periode ini tidak sedang dikunci.',
    'period.unlockReason': 'Alasan membuka kunci periode wajib diisi.',
    'library.ownProposal': 'Anda tidak dapat mendukung usulan Anda sendiri.',
    'library.notProposed': 'Langkah ini hanya dapat dilakukan pada usulan yang belum diputuskan.',
    'library.decideForbidden':
      'Hanya admin kepegawaian atau kepala unit yang dapat memutuskan usulan indikator.',
    'library.declineReason': 'Alasan penolakan wajib diisi.',
    'plan.invalidTransition': 'Langkah ini tidak diperbolehkan untuk SKP berstatus {status}.',
    'plan.submitPreconditions':
      'SKP belum dapat diajukan: lengkapi RHK, indikator, target, dan tautan ke RHK atasan.',
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
    'indicator.templateNotFound': 'Templat indikator tidak ditemukan di pustaka.',
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
    'body.invalidJson': 'The request body is not valid JSON.',
    'input.nulCharacter': 'Text may not contain NUL characters.',
    'cycle.duplicateYear': 'A cycle for this year already exists.',
    'cycle.dateOrder': 'The end date must be on or after the start date.',
    'cycle.tooLong': 'A cycle cannot be longer than one year.',
    'cycle.outsideYear': "The date must lie inside the cycle's year.",
    'period.deadlineBeforeStart': 'A deadline cannot be before the period starts.',
    'period.deadlineOrder': 'The evaluation deadline cannot be before the progress deadline.',
    'period.alreadyLocked': 'This period is already locked.',
    'period.notLocked': 'This period is not locked.',
    'period.unlockReason': 'A reason is required to unlock a period.',
    'library.ownProposal': 'You cannot endorse your own proposal.',
    'library.notProposed': 'This step is only possible for a proposal that has not been decided.',
    'library.decideForbidden': 'Only an HR administrator or a unit head can decide on indicator proposals.',
    'library.declineReason': 'A reason is required to decline a proposal.',
    'plan.invalidTransition': 'This step is not allowed for a work plan in status {status}.',
    'plan.submitPreconditions':
      'The work plan cannot be submitted yet: complete results, indicators, targets and the links to the supervisor’s results.',
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
    'indicator.templateNotFound': 'Indicator template not found in the library.',
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
