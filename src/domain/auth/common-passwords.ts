/**
 * Common passwords that meet the length rule (10+ characters): the long entries of the well-known leaked-password
 * top lists, and Indonesian ones (places, religion, independence, this application and its demo). Compared in
 * lower case. Shorter common passwords are refused by the length rule already.
 */
export const COMMON_PASSWORDS: readonly string[] = [
  // international top lists
  '1234567890', '0987654321', '12345678910', '123456789a', '1234567890a', '0123456789', '01234567890',
  '123456789q', '1234567890q', 'qwertyuiop', 'qwertyuiop1', 'qwertyuiop123', 'qwerty1234', 'qwerty12345',
  'qwerty123456', 'qwertyui12', 'qwertyuiopasdfghjkl', '1q2w3e4r5t', '1q2w3e4r5t6y', '1q2w3e4r5t6y7u',
  '1qaz2wsx3edc', '1qaz2wsx3edc4rfv', 'zaq12wsx34', 'zaq1zaq1zaq1', 'qazwsxedcr', 'qazwsxedc123', 'q1w2e3r4t5',
  'q1w2e3r4t5y6', 'a1b2c3d4e5', 'asdfghjkl1', 'asdfghjkl123', 'asdfasdfasdf', 'zxcvbnm123', 'zxcvbnm1234',
  '1234qwerasdf', '123qweasdzxc', 'qweasdzxc123', 'password12', 'password123', 'password1234', 'password12345',
  'password123456', 'password01', 'password1!', 'password123!', 'password2020', 'password2021', 'password2022',
  'password2023', 'password2024', 'password2025', 'password2026', 'passw0rd123', 'p@ssw0rd123', 'p@ssword123',
  'p@55w0rd123', 'mypassword', 'mypassword1', 'mypassword123', 'passwordpassword', 'thisismypassword',
  'iloveyou12', 'iloveyou123', 'iloveyou1234', 'iloveyou2', 'iloveyou!!', 'iloveyoubaby', '1111111111',
  '0000000000', '1234512345', '1122334455', '1234554321', '9876543210', '1029384756', '1357924680',
  '5555555555', '7777777777', '8888888888', '9999999999', '1212121212', '1231231231', 'abcdefghij',
  'abcdefghijk', 'abc1234567', 'abcd123456', 'abcd1234567', 'abcde12345', 'a123456789', 'a1234567890',
  'aa12345678', 'princess123', 'princess12', 'sunshine123', 'sunshine12', 'football123', 'football12',
  'baseball123', 'basketball', 'basketball1', 'basketball123', 'soccer1234', 'welcome123', 'welcome1234',
  'welcome12345', 'welcome2024', 'welcome2025', 'welcome2026', 'letmein123', 'letmein1234', 'monkey1234',
  'monkey12345', 'dragon1234', 'dragon12345', 'starwars123', 'superman123', 'batman1234', 'trustno123',
  'administrator', 'administrator1', 'admin12345', 'admin123456', 'admin1234567', 'adminadmin', 'admin@123',
  'changeme123', 'changeme12', 'michael123', 'jennifer123', 'computer123', 'internet123', 'whatever123',
  'chocolate1', 'chocolate123', 'butterfly1', 'butterfly123', 'pokemon123', 'naruto1234', 'liverpool1',
  'liverpool123', 'manchester', 'manchester1', 'manutd1234', 'chelsea123', 'barcelona1', 'barcelona10',
  'realmadrid', 'realmadrid7', 'elizabeth1', 'christopher', 'alexander1', 'charlie123', 'freedom123',
  'spiderman1', 'spiderman123', 'minecraft1', 'minecraft123', 'playstation', 'playstation2', 'playstation3',
  'myspace123', 'loveyou123', 'lovelove12', 'babygirl12', 'babygirl123', 'michelle123', 'jessica123',
  'jordan2323', 'hello12345', 'hello123456', 'helloworld', 'helloworld1', 'helloworld123', 'goodluck12',
  'happy12345', 'summer2024', 'summer2025', 'summer2026', 'winter2025', 'secret1234', 'secret12345',
  'test123456', 'testtest12', 'test1234567', 'default123', 'master1234', 'letmeinnow', 'access1234',
  'login12345', 'user123456', 'guest12345', 'root123456', 'toor123456', 'qwer1234qwer', 'asdf1234asdf',
  'zxcv1234zxcv', '1q2w3e4r5t6y7u8i', '!qaz2wsx#edc', '!qaz@wsx', '1qaz!qaz1qaz', 'q1w2e3r4t5y6u7i8',
  // Indonesian
  'indonesia1', 'indonesia123', 'indonesia12', 'indonesia45', 'indonesia1945', 'indonesiaraya',
  'merdeka1945', 'merdeka123', 'merdeka17', 'pancasila1', 'pancasila45', 'pancasila123', 'garudapancasila',
  'garuda1234', 'bismillah1', 'bismillah12', 'bismillah123', 'bismillah1234', 'alhamdulillah',
  'alhamdulillah1', 'alhamdulillah123', 'assalamualaikum', 'subhanallah', 'masyaallah', 'astaghfirullah',
  'insyaallah1', 'insyaallah123', 'sayangku123', 'sayangkamu', 'sayangkamu1', 'sayangkamu123', 'akusayangkamu',
  'cintaku123', 'cintakamu1', 'cintakamu123', 'akucintakamu', 'rahasia123', 'rahasia1234', 'rahasiaku123',
  'katasandi1', 'katasandi123', 'katasandiku', 'kata sandi', 'sandi12345', 'passwordku', 'passwordku123',
  'jakarta123', 'jakarta1234', 'bandung123', 'bandung1234', 'surabaya123', 'surabaya12', 'semarang123',
  'yogyakarta', 'yogyakarta1', 'jogjakarta', 'makassar123', 'palembang1', 'pegawai123', 'pegawai1234',
  'pegawainegeri', 'pemda12345', 'pemkab12345', 'pemkot12345', 'bkpsdm1234', 'bkpsdm12345', 'asn12345678',
  'pns1234567', 'pppk123456', 'kepegawaian', 'kepegawaian1', 'kinerja123', 'kinerja1234', 'kinerja2024',
  'kinerja2025', 'kinerja2026', 'kinerja2027', 'ekinerja123', 'skpasn1234', 'kemuning123', 'kemuning2025',
  'kemuning2026', 'kemuning2027', 'persib1933', 'persija1928', 'arema12345', 'doraemon123', 'doraemon12',
  'sukses1234', 'sukses12345', 'semangat123', 'semangat45', 'rahmat12345', 'muhammad123', 'muhammad12',
  'ahmad12345', 'agustus1945', '17agustus1945', '17081945', '170819451', '1708194500',
];

/** Word stems that stay guessable with digits or symbols added (`kinerja2026!`, `indonesia@45`). */
const STEMS = [
  'password', 'passw0rd', 'p@ssw0rd', 'qwerty', 'qwertyuiop', 'admin', 'administrator', 'welcome', 'letmein',
  'iloveyou', 'kinerja', 'ekinerja', 'kemuning', 'indonesia', 'merdeka', 'pancasila', 'bismillah',
  'katasandi', 'sayangkamu', 'pegawai', 'bkpsdm', 'abcdefg', 'abcdef',
];

const common = new Set(COMMON_PASSWORDS);

/**
 * Whether a password is too common to allow: on the list, a stem followed only by digits and symbols, or one
 * short chunk repeated (`1212121212`, `abcabcabca`, `aaaaaaaaaa`).
 */
export function isCommonPassword(password: string): boolean {
  const p = password.toLowerCase();
  if (common.has(p)) return true;
  if (/^(.{1,4})\1+.{0,3}$/su.test(p)) return true;
  return STEMS.some((s) => p.startsWith(s) && /^[^a-z]*$/.test(p.slice(s.length)));
}
