import { formatPublished, safeHttpUrl, sourceByline } from '../../src/domain/sourceInfo';

describe('sourceInfo', () => {
  it('accepts only http(s) URLs as links', () => {
    expect(safeHttpUrl('https://example.com/a?b=1')).toBe('https://example.com/a?b=1');
    expect(safeHttpUrl('http://example.com')).toBe('http://example.com/');
    expect(safeHttpUrl('javascript:alert(1)')).toBeNull();
    expect(safeHttpUrl('data:text/html,<b>x</b>')).toBeNull();
    expect(safeHttpUrl('not a url')).toBeNull();
    expect(safeHttpUrl(undefined)).toBeNull();
  });

  it('formats an ISO date as a calendar day, whatever the time zone', () => {
    expect(formatPublished('2024-10-11', 'en-GB')).toBe('11 Oct 2024');
    expect(formatPublished('2024-01-01', 'en-US')).toBe('Jan 1, 2024');
    expect(formatPublished('autumn 2024')).toBe('autumn 2024');
  });

  it('joins publisher and date, whichever are known', () => {
    expect(
      sourceByline({ id: 'a', title: 't', publisher: 'Reuters', published: '2024-10-11' }, 'en-GB'),
    ).toBe('Reuters · 11 Oct 2024');
    expect(sourceByline({ id: 'a', title: 't', publisher: 'Reuters' })).toBe('Reuters');
    expect(sourceByline({ id: 'a', title: 't' })).toBe('');
  });
});
