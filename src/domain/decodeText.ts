// Bytes of a file to text, or a sentence saying why they are not UTF-8 text. Graph files and
// their sources are UTF-8; a UTF-16 file (Windows editors still write them) or a binary file
// would otherwise surface as a baffling "Unexpected token" or as a quote that never matches.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

/** How much of the start of a file is sampled for NUL bytes. */
const SAMPLE = 4096;

/** True when NULs sit at every other byte, as ASCII-range text in UTF-16 does. */
function looksLikeUtf16(bytes: Uint8Array): boolean {
  const [first, second] = [bytes[0], bytes[1]];
  if ((first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff)) return true;
  const length = Math.min(bytes.length, SAMPLE);
  if (length < 4) return false;
  let evenNuls = 0;
  let oddNuls = 0;
  for (let i = 0; i < length; i++) {
    if (bytes[i] !== 0) continue;
    if (i % 2 === 0) evenNuls++;
    else oddNuls++;
  }
  const half = length / 2;
  // Mostly ASCII in UTF-16: one byte of each pair is NUL, the other almost never.
  return Math.max(evenNuls, oddNuls) > half * 0.7 && Math.min(evenNuls, oddNuls) < half * 0.1;
}

/**
 * Decodes UTF-8 strictly. A byte-order mark is kept as U+FEFF (evidence offsets count it, as
 * they always have); the graph parser skips it.
 */
export function decodeUtf8(bytes: Uint8Array): Decoded {
  if (looksLikeUtf16(bytes))
    return { ok: false, reason: 'is not UTF-8 (looks like UTF-16); save it as UTF-8' };
  if (bytes.includes(0))
    return { ok: false, reason: 'looks like a binary file, not text (it contains NUL bytes)' };
  try {
    return {
      ok: true,
      text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes),
    };
  } catch {
    return { ok: false, reason: 'is not valid UTF-8 text; save it as UTF-8' };
  }
}
