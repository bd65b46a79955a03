// Starting on a `?graph=` link whose graph the library keeps and the reader has changed:
// that copy opens instead of a fetch that would overwrite it (storage/linkCopy.ts decides),
// and the shell offers the link's own version (LinkCopyNotice).
import { parseLocationHash } from '../../domain/locationHash';
import type { GraphLibrary } from '../../storage';
import { planLinkOpen } from '../../storage/linkCopy';
import { loadStored, openedGraph, type OpenedGraph } from './session';
import { urlGraphId } from './urlGraphId';

export interface LinkCopy {
  /** The library record (urlGraphId of the address). */
  id: string;
  /** The address, resolved against the page. */
  address: string;
  /** `?graph=` as written in the link, to fetch the link's version with. */
  graphParam: string;
  title: string;
  /** When the reader last changed the copy (ms since the epoch). */
  changedAt: number;
}

/** Opens the reader's changed copy of the link's graph; null when the link is to be fetched. */
export async function openLinkCopy(
  library: GraphLibrary,
  graphParam: string,
  pageHref: string,
  hash: string,
): Promise<{ opened: OpenedGraph; copy: LinkCopy; notice: string | null } | null> {
  let address: string;
  try {
    address = new URL(graphParam, pageHref).href;
  } catch {
    return null; // the opener explains a bad address
  }
  const id = urlGraphId(address);
  const plan = planLinkOpen((await library.list()).find((summary) => summary.id === id));
  if (plan.kind !== 'open-copy') return null;
  let loaded;
  try {
    loaded = await loadStored(library, id);
  } catch (error) {
    // A copy that cannot be read back cannot be shown: the link's version is fetched.
    console.warn('The kept copy of this link could not be read', error);
    return null;
  }
  await library.markOpened(id);
  const fromHash = parseLocationHash(hash, loaded.graph);
  return {
    opened: await openedGraph(id, loaded, fromHash.selection),
    copy: { id, address, graphParam, title: plan.title, changedAt: plan.changedAt },
    notice: fromHash.problem,
  };
}
