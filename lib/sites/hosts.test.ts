import { expect, test } from 'vitest';
import { isSupportedUrl } from './hosts';

test.each([
  ['https://x.com/a/status/1', true],
  ['https://www.youtube.com/watch?v=1', true],
  ['https://old.reddit.com/r/a', true],
  ['http://x.com/', false],
  ['https://example.com/', false],
  ['https://x.com.evil.test/', false],
])('%s supported: %s', (url, expected) => expect(isSupportedUrl(new URL(url))).toBe(expected));
