import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { isForeignFetchSite, isOwnOrigin } from './own-origin.ts';

describe('our own pages, as a browser names them', () => {
  const publicUrl = 'https://amends.example.com';

  it('are the public URL’s origin and the host the request was sent to', () => {
    assert.equal(isOwnOrigin('https://amends.example.com', publicUrl, undefined), true);
    assert.equal(isOwnOrigin('http://10.0.0.5:8080', publicUrl, '10.0.0.5:8080'), true);
  });

  it('are not another site, a sibling subdomain, "null" or garbage', () => {
    for (const origin of ['https://evil.example', 'https://x.amends.example.com', 'null', 'not a url'])
      assert.equal(isOwnOrigin(origin, publicUrl, 'amends.example.com'), false, origin);
  });

  it('reads Sec-Fetch-Site: another site or a sibling is foreign; our page or a typed address is not', () => {
    assert.deepEqual(['cross-site', 'same-site', 'same-origin', 'none', undefined].map(isForeignFetchSite), [
      true,
      true,
      false,
      false,
      false,
    ]);
  });
});
