// Bytes to text: UTF-8 or a reason a person can act on.
import { decodeUtf8 } from '../../src/domain/decodeText';

const utf8 = (text: string) => new TextEncoder().encode(text);
const utf16 = (text: string, bom = true) =>
  new Uint8Array(Buffer.from(`${bom ? '\ufeff' : ''}${text}`, 'utf16le'));

it('decodes UTF-8, keeping a byte-order mark (offsets count it)', () => {
  expect(decodeUtf8(utf8('Iran’s drones'))).toEqual({ ok: true, text: 'Iran’s drones' });
  expect(decodeUtf8(utf8('\ufeffIran'))).toEqual({ ok: true, text: '\ufeffIran' });
  expect(decodeUtf8(new Uint8Array())).toEqual({ ok: true, text: '' });
});

it('recognises UTF-16 by its byte-order mark or its NUL pattern', () => {
  const reason = 'is not UTF-8 (looks like UTF-16); save it as UTF-8';
  expect(decodeUtf8(utf16('{"version": 1}'))).toEqual({ ok: false, reason });
  expect(decodeUtf8(utf16('{"version": 1}', false))).toEqual({ ok: false, reason });
  const bigEndian = new Uint8Array([0xfe, 0xff, 0, 0x7b, 0, 0x7d]);
  expect(decodeUtf8(bigEndian)).toEqual({ ok: false, reason });
});

it('says a binary file is binary and invalid UTF-8 is invalid', () => {
  expect(
    decodeUtf8(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0])),
  ).toEqual({
    ok: false,
    reason: 'looks like a binary file, not text (it contains NUL bytes)',
  });
  expect(decodeUtf8(new Uint8Array([0x43, 0x61, 0x66, 0xe9]))).toEqual({
    ok: false,
    reason: 'is not valid UTF-8 text; save it as UTF-8',
  });
});
