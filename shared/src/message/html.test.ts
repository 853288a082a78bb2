import { describe, expect, it } from 'vitest';
import { htmlToText } from './html.js';

describe('htmlToText', () => {
  it('drops tags, scripts and styles, breaks lines at block ends and decodes the basic entities', () => {
    const html = '<html><head><style>p{color:red}</style><SCRIPT type="x">alert("<b>")</SCRIPT></head><body><p>Delivery to &lt;a@example.jp&gt; failed</p><div>550&nbsp;5.1.1 User unknown<br/>end</div></body></html>';
    expect(htmlToText(html)).toBe('  Delivery to <a@example.jp> failed\n550 5.1.1 User unknown\nend\n');
  });

  it('keeps text after an unclosed tag and drops an unclosed script to the end', () => {
    expect(htmlToText('a < b and c')).toBe('a < b and c');
    expect(htmlToText('ok<script>never closed')).toBe('ok ');
  });

  it('does not treat <scripts> or <styled> as script or style', () => {
    expect(htmlToText('<scripts>x</scripts>y')).toBe('xy');
  });

  it('stays linear on hostile input', () => {
    for (const s of ['<'.repeat(300_000), '<script'.repeat(100_000), '<a'.repeat(200_000) + '>', '<style>' + '<'.repeat(200_000)]) {
      const t = performance.now();
      htmlToText(s);
      expect(performance.now() - t).toBeLessThan(1000);
    }
  });
});
