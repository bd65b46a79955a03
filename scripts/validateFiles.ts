// How the validator CLI reads files it was not written for: a graph file named on the command
// line, and the source texts that graph names. Only regular files under a size limit are read
// (never /dev/zero, a FIFO or a 10 GB log), as strict UTF-8, and a source only when its real
// path (symlinks resolved) lies in the graph file's folder.
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve, sep } from 'node:path';
import { decodeUtf8 } from '../src/domain/decodeText';
import type { ReadSourceFile } from '../src/domain/loadGraph';

/** Larger files are refused: a news article is kilobytes; a book is a few megabytes. */
export const MAX_FILE_BYTES = 32 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** `no such file`, `permission denied`, … for an error from fs, as the end of a sentence. */
export function describeFsError(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ENOENT') return 'does not exist';
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read (permission denied)';
  if (code === 'EISDIR') return 'is a directory, not a file';
  if (code === 'ELOOP') return 'is a symbolic link that loops';
  return `cannot be read (${error instanceof Error ? error.message : String(error)})`;
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The text of the file at `path`, or why not: `does not exist`, `is a directory, not a file`,
 * `is not a regular file …`, `is too large …`, `is not UTF-8 (looks like UTF-16) …`. The file is
 * opened once and checked through its descriptor, so it cannot be swapped between check and read.
 */
export function readTextFile(path: string, maxBytes = MAX_FILE_BYTES): ReadResult {
  let fd: number;
  try {
    // Non-blocking, or opening a named pipe would wait forever for a writer; fstat then
    // refuses anything that is not a regular file before a byte is read.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: 'is a directory, not a file' };
    if (!stat.isFile())
      return { ok: false, reason: 'is not a regular file (a device, a pipe or a socket)' };
    if (stat.size > maxBytes)
      return {
        ok: false,
        reason: `is too large (${megabytes(stat.size)}; the limit is ${megabytes(maxBytes)})`,
      };
    // Read at most one byte past the limit: a file that grows after fstat is still bounded.
    const buffer = Buffer.alloc(Math.min(stat.size, maxBytes) + 1);
    let length = 0;
    for (let n = 1; n > 0 && length < buffer.length; length += n)
      n = readSync(fd, buffer, length, buffer.length - length, null);
    if (length > maxBytes)
      return { ok: false, reason: `is too large (the limit is ${megabytes(maxBytes)})` };
    const decoded = decodeUtf8(buffer.subarray(0, length));
    return decoded.ok ? decoded : { ok: false, reason: decoded.reason };
  } catch (error) {
    return { ok: false, reason: describeFsError(error) };
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads source files relative to the graph file. loadGraph has already refused paths that
 * leave the folder on their face (`..`, absolute, URLs); this also refuses a path whose real
 * location, once symbolic links are followed, is outside the graph file's real folder.
 */
export function sourceReader(graphPath: string): ReadSourceFile {
  return (file) => {
    let folder: string;
    let real: string;
    try {
      folder = realpathSync(dirname(graphPath));
      real = realpathSync(resolve(dirname(graphPath), file));
    } catch (error) {
      return { error: describeFsError(error) };
    }
    const inside = relative(folder, real);
    if (inside.split(sep)[0] === '..' || isAbsolute(inside))
      return { error: "leads outside the graph file's folder (through a symbolic link)" };
    const read = readTextFile(real);
    return read.ok ? read.text : { error: read.reason };
  };
}
