// Which `sources[].file` paths a graph may name: files in the graph file's folder or below
// it, never anything else. A graph is often someone else's file; following `../../etc/passwd`,
// `/home/me/.ssh/id_rsa` or `file:///…` would let it read (and, with --fix, validate against)
// whatever the person opening it can read. Checked on the text of the path alone, so the app
// and the CLI refuse the same paths; the CLI also resolves symlinks before reading.

/** Why `file` may not be read, or null when it stays inside the graph's folder. */
export function sourcePathProblem(file: string): string | null {
  if (file.includes('\0')) return 'contains a NUL character';
  // `file:`, `https:`, and Windows drives (`C:`): a scheme or a drive is never relative.
  if (/^[a-z][a-z0-9+.-]*:/i.test(file))
    return 'is a URL or a drive path; give a path relative to the graph file';
  if (/^[\\/]/.test(file)) return 'is an absolute path; give a path relative to the graph file';
  let depth = 0;
  for (const part of file.split(/[\\/]/)) {
    if (part === '..') depth -= 1;
    else if (part !== '' && part !== '.') depth += 1;
    if (depth < 0) return "leads outside the graph file's folder";
  }
  return null;
}
