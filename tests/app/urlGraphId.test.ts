import { urlGraphId } from '../../src/app/library/urlGraphId';

describe('urlGraphId', () => {
  it('is stable for one address and differs between addresses', () => {
    expect(urlGraphId('https://a.org/g.json')).toBe(urlGraphId('https://a.org/g.json'));
    expect(urlGraphId('https://a.org/g.json')).not.toBe(urlGraphId('https://a.org/h.json'));
    expect(urlGraphId('https://a.org/g.json')).toMatch(/^url-[0-9a-f]{16}$/);
  });
});
