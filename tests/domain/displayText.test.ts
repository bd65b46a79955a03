// Values quoted in messages: bounded, on one line, and harmless to print on a terminal.
import { quoted, terminalSafe, truncate } from '../../src/domain/displayText';

it('cuts long values, saying how much was left out', () => {
  expect(truncate('abc')).toBe('abc');
  expect(truncate('x'.repeat(250))).toBe(`${'x'.repeat(200)}… (50 more)`);
  expect(truncate('abcdef', 3)).toBe('abc… (3 more)');
});

it('never cuts an emoji in half', () => {
  expect(truncate('ab😀cd', 3)).toBe('ab… (4 more)');
});

it('quotes a value with its line breaks and quotes escaped', () => {
  expect(quoted('iran')).toBe('"iran"');
  expect(quoted('a"b\nc\u001b')).toBe('"a\\"b\\nc\\u001b"');
});

it('escapes terminal controls, bidirectional overrides and lone surrogates', () => {
  expect(terminalSafe('a\u001b[2Jb\u0000c\n\u0085\u009b')).toBe('a\\x1b[2Jb\\x00c\\n\\x85\\x9b');
  expect(terminalSafe('user\u202eexe.txt')).toBe('user\\u202eexe.txt');
  expect(terminalSafe('half \ud83d of an emoji')).toBe('half \\ud83d of an emoji');
  expect(terminalSafe('Iran’s 😀 — “quoted”')).toBe('Iran’s 😀 — “quoted”');
});
