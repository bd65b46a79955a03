// One step of ArrowUp/ArrowDown through a combobox's options, shared by the main search and
// the path pickers so both wrap the same way: ArrowUp from "nothing highlighted" goes to the
// last option, and either end wraps round to the other.

/** The option to highlight after `key` from `from` (-1: none) among `count` options. */
export function stepActive(from: number, key: 'ArrowDown' | 'ArrowUp', count: number): number {
  if (count <= 0) return -1;
  const step = key === 'ArrowDown' ? 1 : -1;
  return from < 0 && step < 0 ? count - 1 : (from + step + count) % count;
}
