import { describe, expect, it } from 'vitest';
import { megabytes, uploadSizeProblem } from './upload-limit';

const MB = 1024 * 1024;

describe('uploadSizeProblem', () => {
  it('when every file is at or under the limit, then there is no problem', () => {
    expect(uploadSizeProblem([{ name: 'a.pdf', size: 10 * MB }], 10 * MB, 'id')).toBeNull();
    expect(
      uploadSizeProblem(
        [
          { name: 'a.pdf', size: 1 },
          { name: 'b.jpg', size: 0 },
        ],
        10 * MB,
        'id',
      ),
    ).toBeNull();
    expect(uploadSizeProblem([], 10 * MB, 'id')).toBeNull();
  });

  it('when one file is a byte over the limit, then that file is named with the limit in MB', () => {
    const files = [
      { name: 'kecil.pdf', size: 100 },
      { name: 'foto-besar.jpg', size: 10 * MB + 1 },
      { name: 'lain.jpg', size: 20 * MB },
    ];
    expect(uploadSizeProblem(files, 10 * MB, 'id')).toEqual({
      key: 'upload.tooLarge',
      values: { name: 'foto-besar.jpg', maxMb: '10' },
    });
  });

  it('when the limit is not known yet, then nothing is refused here (the server still answers 413)', () => {
    expect(uploadSizeProblem([{ name: 'x.pdf', size: 999 * MB }], undefined, 'id')).toBeNull();
    expect(uploadSizeProblem([{ name: 'x.pdf', size: 999 * MB }], null, 'en')).toBeNull();
  });
});

describe('megabytes', () => {
  it('when the limit is a fraction of a MB, then one decimal in the reader’s format', () => {
    expect(megabytes(2.5 * MB, 'id')).toBe('2,5');
    expect(megabytes(2.5 * MB, 'en')).toBe('2.5');
    expect(megabytes(1536 * MB, 'en')).toBe('1,536');
    expect(megabytes(0.25 * MB, 'id')).toBe('0,3');
  });
});
