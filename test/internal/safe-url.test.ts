import { expect } from '@open-wc/testing';
import { isHttpsUrl, isSafeUrl, safeHref } from '../../src/internal/safe-url.js';

describe('safe-url', () => {
  it('isHttpsUrl accepts only absolute https: URLs', () => {
    for (const url of ['https://billing.example/p/1', 'HTTPS://billing.example', '  https://billing.example']) {
      expect(isHttpsUrl(url), url).to.be.true;
    }
    for (const url of ['http://billing.example', 'javascript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,x', '/relative', '//host.example/x', '', 'not a url', undefined, null, 42]) {
      expect(isHttpsUrl(url), String(url)).to.be.false;
    }
  });

  it('isSafeUrl accepts https: and relative URLs, and nothing else', () => {
    for (const url of ['https://billing.example/i/1', '/invoices/1', 'invoices/1', '../x', '?page=2', '#top']) {
      expect(isSafeUrl(url), url).to.be.true;
    }
    for (const url of [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      'http://billing.example/i/1',
      'mailto:billing@example.com',
      '//evil.example/x',
      '\\\\evil.example/x',
      '   ',
      '',
      undefined,
      {},
    ]) {
      expect(isSafeUrl(url), JSON.stringify(url)).to.be.false;
    }
  });

  it('safeHref passes a safe URL through and drops an unsafe one', () => {
    expect(safeHref('/invoices/1')).to.equal('/invoices/1');
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
  });
});
