// @vitest-environment jsdom
import { act, screen, waitFor, within } from '@testing-library/react';
import { ArticleReader } from '../../src/components';
import { sampleGraph, sampleLoaded, span } from '../fixtures/sampleGraph';
import { renderWithStore } from './renderWithStore';

const article = () => screen.getByRole('region', { name: 'Article' });
const marks = () => [...article().querySelectorAll('mark')] as HTMLElement[];
const markNamed = (name: RegExp) => screen.getByRole('button', { name });
const markText = (text: string) => marks().find((m) => m.textContent === text)!;

// jsdom does no layout and has no scrolling APIs: record what the reader asks for, and lay
// the text out as a 100px-high view in which every mark sits at its character offset.
let intoView: Element[] = [];
let scrollTops: { el: Element; top: number }[] = [];
beforeEach(() => {
  intoView = [];
  scrollTops = [];
  Element.prototype.scrollIntoView = function (this: Element) {
    intoView.push(this);
  };
  Element.prototype.scrollTo = function (this: Element, options?: ScrollToOptions | number) {
    if (typeof options === 'object') scrollTops.push({ el: this, top: options.top ?? NaN });
  } as Element['scrollTo'];
  vi.spyOn(Element.prototype, 'getBoundingClientRect').mockImplementation(function (this: Element) {
    const start = this instanceof HTMLElement ? Number(this.dataset.start) : NaN;
    const top = Number.isNaN(start) ? 0 : start;
    const height = Number.isNaN(start) ? 100 : 20;
    return { top, bottom: top + height, height, left: 0, right: 300, width: 300 } as DOMRect;
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 100,
  });
});
afterEach(() => {
  delete (Element.prototype as Partial<Element>).scrollIntoView;
  delete (Element.prototype as Partial<Element>).scrollTo;
  Reflect.deleteProperty(HTMLElement.prototype, 'clientHeight');
  vi.restoreAllMocks();
});

describe('ArticleReader', () => {
  it('shows the source title and draws every evidence span as marks', () => {
    renderWithStore(<ArticleReader />);
    expect(within(article()).getByRole('heading', { level: 2 })).toHaveTextContent(
      'Sample article',
    );
    const graph = sampleGraph();
    const evidence = [...graph.nodes, ...graph.edges].flatMap((el) => el.evidence);
    for (const ev of evidence) {
      const covering = marks().filter(
        (m) => Number(m.dataset.start) >= ev.start && Number(m.dataset.end) <= ev.end,
      );
      expect(covering.map((m) => m.textContent).join('')).toBe(ev.quote);
    }
    marks().forEach((m) => {
      expect(m).toHaveAttribute('role', 'button');
      expect(m).toHaveAttribute('tabindex', '0');
    });
    expect(article()).toHaveTextContent(sampleLoaded().texts.article!);
  });

  it('names each mark by its words and what they support', () => {
    renderWithStore(<ArticleReader />);
    expect(
      markNamed(/^Iran reportedly supplied Russia with drones — Passage supporting: /),
    ).toHaveAccessibleName(
      'Iran reportedly supplied Russia with drones — Passage supporting: Iran, Iran supplies Russia (drones)',
    );
  });

  it('clicking a mark that supports one thing selects it', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    await user.click(markNamed(/^Russia and Iran have a history of rivalry — /));
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'russia-rivals-iran' });
    expect(screen.queryByRole('menu')).toBeNull();
    // chosen here, so the reader stays put (this mark lies outside the laid-out view)
    expect(scrollTops).toEqual([]);
  });

  it('a mark that supports several things opens a choice, and choosing selects', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    const mark = markNamed(/^Iran reportedly supplied Russia with drones — /);
    expect(mark).toHaveAttribute('aria-expanded', 'false');
    await user.click(mark);
    const menu = screen.getByRole('menu', { name: 'This passage supports' });
    expect(mark).toHaveAttribute('aria-haspopup', 'menu');
    expect(mark).toHaveAttribute('aria-expanded', 'true');
    expect(mark).toHaveAttribute('aria-controls', menu.id);
    const choices = within(menu).getAllByRole('menuitem');
    // named by their visible words: what, and its type or status
    expect(choices.map((c) => c.textContent)).toEqual([
      'Iran country',
      'Iran supplies Russia (drones) reported',
    ]);
    expect(choices[1]).toHaveAccessibleName('Iran supplies Russia (drones) reported');
    expect(choices[0]).toHaveFocus();
    expect(store.getState().selection).toBeNull();
    await user.click(
      within(menu).getByRole('menuitem', { name: /^Iran supplies Russia \(drones\)/ }),
    );
    expect(store.getState().selection).toEqual({
      kind: 'edge',
      id: 'iran-supplies-russia-drones',
    });
    expect(screen.queryByRole('menu')).toBeNull();
    expect(mark).toHaveFocus();
    expect(scrollTops).toEqual([]); // chosen here: it is in view already
    expect(intoView).toEqual([]);
  });

  it('works from the keyboard: Enter, Space, arrows in the menu, Escape back', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    act(() => markNamed(/^Russia and Iran have a history of rivalry — /).focus());
    await user.keyboard('{Enter}');
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'russia-rivals-iran' });

    const multi = markNamed(/^Putin leads Russia — /);
    act(() => multi.focus());
    await user.keyboard(' ');
    const menu = screen.getByRole('menu', { name: 'This passage supports' });
    await user.keyboard('{ArrowDown}');
    expect(
      within(menu).getByRole('menuitem', { name: /^Vladimir Putin leads Russia/ }),
    ).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('menu')).toBeNull();
    expect(multi).toHaveFocus();
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'russia-rivals-iran' });

    await user.keyboard('{Enter}');
    await user.keyboard('{Enter}'); // the first choice: the entity
    expect(store.getState().selection).toEqual({ kind: 'node', id: 'putin' });
  });

  it('emphasises every passage of the selection, wherever it was selected', () => {
    const { store } = renderWithStore(<ArticleReader />);
    expect(article().querySelectorAll('.is-emphasised')).toHaveLength(0);
    act(() => store.getState().selectRelation('us-accuses-iran'));
    const strong = marks().filter((m) => m.classList.contains('is-emphasised'));
    expect(strong.map((m) => m.textContent).join('')).toBe(
      'The U.S. accused Iran of sending missiles',
    );
    expect(markText(', a claim Tehran denies')).not.toHaveClass('is-emphasised');
    // and scrolls the reader's own box (not the page) to centre the first of them: it sits
    // at 86px, 20px high, in a 100px view
    expect(strong[0]).toHaveAttribute('data-start', '86');
    expect(scrollTops).toEqual([{ el: article().querySelector('.article-reader__body'), top: 46 }]);
    expect(intoView).toEqual([]);
  });

  it('keeps following selections made elsewhere after the same one was chosen here twice', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    const rivalry = markNamed(/^Russia and Iran have a history of rivalry — /);
    await user.click(rivalry);
    await user.click(rivalry);
    expect(store.getState().selection).toEqual({ kind: 'edge', id: 'russia-rivals-iran' });
    expect(store.getState().selectionOrigin).toBe('article');
    expect(scrollTops).toEqual([]);
    // now the canvas selects something whose first passage lies outside the view
    act(() => store.getState().selectRelation('us-accuses-iran', 'canvas'));
    expect(scrollTops).toEqual([{ el: article().querySelector('.article-reader__body'), top: 46 }]);
  });

  it('does not scroll when the first passage is already in view', () => {
    const { store } = renderWithStore(<ArticleReader />);
    act(() => store.getState().selectEntity('russia')); // its passage is at 0–20px
    expect(markText('Russia and Iran deepened their alliance')).toHaveClass('is-emphasised');
    expect(scrollTops).toEqual([]);
  });

  it('previews what a passage supports on hover, and tells the canvas', async () => {
    const { user, store } = renderWithStore(<ArticleReader />);
    const mark = markNamed(/^, a claim Tehran denies — /);
    await user.hover(mark);
    const tooltip = screen.getByRole('tooltip');
    expect(tooltip).toHaveTextContent('Iran supplies Russia (missiles)');
    expect(tooltip).toHaveTextContent('denied');
    expect(mark).toHaveAttribute('aria-describedby', tooltip.id);
    expect(store.getState().hover).toEqual({ kind: 'edge', id: 'iran-supplies-russia-missiles' });
    await user.unhover(mark);
    await waitFor(() => expect(screen.queryByRole('tooltip')).toBeNull());
    expect(store.getState().hover).toBeNull();
  });

  it('Escape dismisses a preview or the menu and nothing else', async () => {
    const { user } = renderWithStore(<ArticleReader />);
    // the app clears the selection on an Escape that no widget has handled
    const unhandled: boolean[] = [];
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && unhandled.push(!e.defaultPrevented);
    window.addEventListener('keydown', onKey);
    try {
      const mark = markNamed(/^Putin leads Russia — /);
      act(() => mark.focus());
      expect(screen.getByRole('tooltip')).toHaveTextContent('Vladimir Putin');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('tooltip')).toBeNull();
      expect(mark).toHaveFocus();
      await user.keyboard('{Enter}');
      await user.keyboard('{Escape}');
      expect(screen.queryByRole('menu')).toBeNull();
      expect(unhandled).toEqual([false]); // the menu's Escape never reached the window
      await user.keyboard('{Escape}'); // nothing left to dismiss: the app may have it
      expect(unhandled).toEqual([false, true]);
    } finally {
      window.removeEventListener('keydown', onKey);
    }
  });

  it('scrolls to, focuses and briefly flashes the passage asked for by "Show in article"', () => {
    vi.useFakeTimers();
    try {
      const { store } = renderWithStore(<ArticleReader />);
      const edge = sampleGraph().edges.find((e) => e.id === 'iran-supplies-russia-missiles')!;
      act(() => store.getState().showInArticle(edge.evidence[0]!));
      const flashing = marks().filter((m) => m.classList.contains('is-flashing'));
      expect(flashing.map((m) => m.textContent).join('')).toBe(
        'accused Iran of sending missiles, a claim Tehran denies',
      );
      expect(flashing[0]).toHaveFocus();
      expect(intoView).toEqual([flashing[0]]); // asked for: the page may scroll too
      act(() => vi.advanceTimersByTime(2000));
      expect(article().querySelectorAll('.is-flashing')).toHaveLength(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('keeps paragraph breaks and turns "- " lines into a list, markers shown as written', () => {
    const text =
      'Summary\n- Iran arms Russia\n- Putin leads Russia\nRussia and Iran deepened ties.';
    const graph = sampleGraph();
    graph.sources = [{ id: 'article', title: 'Bullets', text }];
    graph.nodes = graph.nodes.map((n) => ({ ...n, evidence: [span('Putin leads Russia', text)] }));
    graph.edges = [];
    renderWithStore(<ArticleReader />, { loaded: { graph, texts: { article: text } } });
    const items = within(article()).getAllByRole('listitem');
    expect(items.map((li) => li.textContent)).toEqual([
      '- Iran arms Russia',
      '- Putin leads Russia',
    ]);
    expect(within(items[1]!).getByRole('button').textContent).toBe('Putin leads Russia');
    const paragraphs = [...article().querySelectorAll('p')].map((p) => p.textContent);
    expect(paragraphs).toEqual(['Summary', 'Russia and Iran deepened ties.']);
  });
});
