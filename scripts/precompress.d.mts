export declare const MIN_BYTES: number;
export declare function precompressDir(
  dir: string,
): Promise<Array<{ file: string; bytes: number; original: number }>>;
