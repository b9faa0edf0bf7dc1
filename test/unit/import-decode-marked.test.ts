import { decodeDocument } from '../../server/imports/decode';

describe('decoding a file that begins with a byte-order mark', () => {
  it('when binary bytes follow the mark, then the file is not text', () => {
    // a UTF-16 mark, then NULs and control bytes: what any binary file may begin with
    expect(decodeDocument(Buffer.from([0xff, 0xfe, 0x00, 0x00, ...Buffer.from('garbage binary '), 0x00, 0x01, 0x02]))).toBeNull();
    expect(decodeDocument(Buffer.from([0xfe, 0xff, 0x00, 0x01, 0x00, 0x02, 0x00, 0x03, 0x00, 0x41]))).toBeNull();
    // bytes that are not UTF-8 after a UTF-8 mark
    expect(decodeDocument(Buffer.from([0xef, 0xbb, 0xbf, 0xc3, 0x28, 0xa0, 0xa1]))).toBeNull();
    // an odd byte left over after UTF-16 pairs
    expect(decodeDocument(Buffer.from([0xff, 0xfe, 0x41, 0x00, 0x42]))).toBeNull();
  });

  it('when text follows the mark, then it is read, tabs and line breaks included', () => {
    const text = '“Fares are up,” said Zoë Clarke.\r\n\tThe council met.\n';
    expect(decodeDocument(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]))).toBe(text);
    expect(decodeDocument(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]))).toBe(text);
  });
});
