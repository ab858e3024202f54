/** BerAKHLAK core values (SE MenPANRB 20/2021): 7 values × 3 behaviour guides. */
export const BEHAVIOUR_VALUES = [
  'berorientasi_pelayanan',
  'akuntabel',
  'kompeten',
  'harmonis',
  'loyal',
  'adaptif',
  'kolaboratif',
] as const;
export type BehaviourValue = (typeof BEHAVIOUR_VALUES)[number];

export const BERAKHLAK: Record<BehaviourValue, { label: string; guides: readonly [string, string, string] }> =
  {
    berorientasi_pelayanan: {
      label: 'Berorientasi Pelayanan',
      guides: [
        'Memahami dan memenuhi kebutuhan masyarakat',
        'Ramah, cekatan, solutif, dan dapat diandalkan',
        'Melakukan perbaikan tiada henti',
      ],
    },
    akuntabel: {
      label: 'Akuntabel',
      guides: [
        'Melaksanakan tugas dengan jujur, bertanggung jawab, cermat, disiplin, dan berintegritas tinggi',
        'Menggunakan kekayaan dan barang milik negara secara bertanggung jawab, efektif, dan efisien',
        'Tidak menyalahgunakan kewenangan jabatan',
      ],
    },
    kompeten: {
      label: 'Kompeten',
      guides: [
        'Meningkatkan kompetensi diri untuk menjawab tantangan yang selalu berubah',
        'Membantu orang lain belajar',
        'Melaksanakan tugas dengan kualitas terbaik',
      ],
    },
    harmonis: {
      label: 'Harmonis',
      guides: [
        'Menghargai setiap orang apapun latar belakangnya',
        'Suka menolong orang lain',
        'Membangun lingkungan kerja yang kondusif',
      ],
    },
    loyal: {
      label: 'Loyal',
      guides: [
        'Memegang teguh ideologi Pancasila, Undang-Undang Dasar Negara Republik Indonesia Tahun 1945, setia kepada NKRI serta pemerintahan yang sah',
        'Menjaga nama baik sesama ASN, pimpinan, instansi, dan negara',
        'Menjaga rahasia jabatan dan negara',
      ],
    },
    adaptif: {
      label: 'Adaptif',
      guides: [
        'Cepat menyesuaikan diri menghadapi perubahan',
        'Terus berinovasi dan mengembangkan kreativitas',
        'Bertindak proaktif',
      ],
    },
    kolaboratif: {
      label: 'Kolaboratif',
      guides: [
        'Memberi kesempatan kepada berbagai pihak untuk berkontribusi',
        'Terbuka dalam bekerja sama untuk menghasilkan nilai tambah',
        'Menggerakkan pemanfaatan berbagai sumber daya untuk tujuan bersama',
      ],
    },
  };
