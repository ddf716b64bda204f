import { describe, expect, it } from '@jest/globals';
import { removeNonContent } from './clean-dom.js';
import { normalizeSpace, parseHtml, textOf } from './dom.js';

describe('removeNonContent', () => {
  it('removes scripts, styles, form controls and hidden elements, keeps visible text', () => {
    const doc =
      parseHtml(`<body><script>var x = 1;</script><style>p{}</style><noscript>Bật JavaScript</noscript>
      <p>Nội dung</p><div hidden>ẩn 1</div><div style="display: none">ẩn 2</div><span class="sr-only">ẩn 3</span>
      <select><option>Chọn</option></select><textarea>Ý kiến</textarea><iframe src="x"></iframe><p>chính</p></body>`);
    removeNonContent(doc);
    expect(normalizeSpace(textOf(doc))).toBe('Nội dung chính');
  });
});
