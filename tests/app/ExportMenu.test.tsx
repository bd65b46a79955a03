// @vitest-environment jsdom
// The Export menu as a keyboard user meets it: a menu button, arrow keys, the scope radios.
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ExportMenu } from '../../src/app/export/ExportMenu';
import { renderWithStore } from '../components/renderWithStore';
import { SAMPLE_TEXT, sampleGraph } from '../fixtures/sampleGraph';

function setup() {
  const user = userEvent.setup();
  const { store } = renderWithStore(<ExportMenu />, {
    loaded: { graph: sampleGraph(), texts: { article: SAMPLE_TEXT } },
  });
  return { user, store };
}

describe('ExportMenu', () => {
  it('opens from the keyboard on the first item and moves with the arrows', async () => {
    const { user } = setup();
    const button = screen.getByRole('button', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    button.focus();
    await user.keyboard('{Enter}');
    const menu = screen.getByRole('menu', { name: 'Export' });
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(within(menu).getByRole('menuitemradio', { name: 'The whole graph' })).toHaveFocus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(within(menu).getByRole('menuitem', { name: /Graph JSON/ })).toHaveFocus();
    await user.keyboard('{End}');
    expect(
      within(menu).getByRole('menuitem', { name: 'SVG image of the current view (vector)' }),
    ).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(button).toHaveFocus();
  });

  it('offers the filtered scope only when the filters hide something', async () => {
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const filtered = () =>
      screen.getByRole('menuitemradio', { name: 'Only what the filters show' });
    expect(filtered()).toHaveAttribute('aria-disabled', 'true');
    await user.click(filtered());
    expect(filtered()).toHaveAttribute('aria-checked', 'false');
    await user.keyboard('{Escape}');
    store.getState().toggleStatus('denied');
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(filtered()).not.toHaveAttribute('aria-disabled');
    await user.click(filtered());
    expect(filtered()).toHaveAttribute('aria-checked', 'true');
    expect(screen.getByRole('menuitemradio', { name: 'The whole graph' })).toHaveAttribute(
      'aria-checked',
      'false',
    );
  });
});

describe('ExportMenu entries', () => {
  // jsdom has no object URLs: these stand in, keeping what the export hands to the browser.
  const { createObjectURL, revokeObjectURL } = URL;
  afterEach(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
    vi.restoreAllMocks();
  });

  it('names the pictures of the whole graph and of the current view apart, under their heading', async () => {
    const { user } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    const menu = screen.getByRole('menu', { name: 'Export' });
    const labels = Array.from(menu.children).map((li) => li.textContent);
    const pictures = labels.indexOf('Pictures, as the graph is drawn');
    expect(pictures).toBeGreaterThan(0);
    expect(labels.slice(pictures + 1)).toEqual([
      'PNG image of the whole graph (2×)',
      'PNG image of the current view (2×)',
      'SVG image of the whole graph (vector)',
      'SVG image of the current view (vector)',
    ]);
  });

  it('downloads the relations table alone as a CSV for Excel', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: (blob: Blob) => {
        blobs.push(blob);
        return 'blob:test';
      },
      revokeObjectURL: () => {},
    });
    // jsdom cannot navigate to a download: note the file name the link asks for instead.
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    const { user, store } = setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('menuitem', { name: 'Relations table (CSV for Excel)' }));
    expect(await screen.findByText(/^Downloaded .+-relations\.csv$/)).toBeInTheDocument();
    expect(names).toHaveLength(1);
    expect(names[0]).toMatch(/^[a-z0-9-]+-relations\.csv$/);
    expect(blobs).toHaveLength(1);
    expect(blobs[0]!.type).toBe('text/csv;charset=utf-8');
    const bytes = new Uint8Array(await blobs[0]!.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = new TextDecoder().decode(bytes).split('\r\n');
    expect(lines[0]).toMatch(/^id,subject,relation,object,/);
    // a header, one line per relation (none has a line break), and the final CRLF's empty tail
    expect(lines).toHaveLength(store.getState().loaded.graph.edges.length + 2);
  });
});
