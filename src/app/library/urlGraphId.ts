// A stable library id for a graph opened from a URL, so opening the same address again
// (a reload with ?graph=…) refreshes one record instead of piling up copies.
export function urlGraphId(href: string): string {
  // FNV-1a, twice with different seeds: 64 bits are plenty for a person's library.
  const fnv = (seed: number) => {
    let h = seed;
    for (let i = 0; i < href.length; i++) {
      h ^= href.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16).padStart(8, '0');
  };
  return `url-${fnv(0x811c9dc5)}${fnv(0x01234567)}`;
}
