import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { DiscoveryParseError } from './parse-error.js';
import { parseFeed } from './parse-feed.js';

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');

describe('parseFeed', () => {
  it('reads an RSS 2.0 feed: link, pubDate and title of each item', () => {
    expect(parseFeed(fixture('vnexpress-thoi-su.rss'), 'https://vnexpress.net/rss/thoi-su.rss')).toEqual([
      {
        url: 'https://vnexpress.net/thu-tuong-chu-tri-hoi-nghi-trien-khai-nhiem-vu-nganh-giao-thong-4700123.html',
        publishedAt: '2024-01-16T03:30:00.000Z',
        title: 'Thủ tướng chủ trì hội nghị triển khai nhiệm vụ ngành giao thông năm 2024',
      },
      {
        url: 'https://vnexpress.net/hoi-nghi-trung-uong-9-khoa-xiii-khai-mac-4700088.html?utm_source=rss&utm_medium=feed',
        publishedAt: '2024-01-16T01:05:00.000Z',
        title: 'Hội nghị Trung ương 9 khóa XIII khai mạc tại Hà Nội',
      },
      {
        url: 'https://video.vnexpress.net/toan-canh-hoi-nghi-ngoai-giao-4699901.html',
        publishedAt: '2024-01-15T14:00:00.000Z',
        title: 'Video: Toàn cảnh hội nghị ngoại giao lần thứ 32',
      },
    ]);
  });

  it('resolves relative links, uses a permalink guid when there is no link and reads Vietnamese dates', () => {
    expect(
      parseFeed(fixture('baochinhphu-chinh-tri.rss'), 'https://baochinhphu.vn/rss/chinh-tri.rss'),
    ).toEqual([
      {
        url: 'https://baochinhphu.vn/hoi-nghi-toan-quoc-quan-triet-nghi-quyet-dai-hoi-xiii-102240115083012345.htm',
        publishedAt: '2024-01-15T01:30:00.000Z',
        title: 'Hội nghị toàn quốc quán triệt Nghị quyết Đại hội XIII của Đảng',
      },
      {
        url: 'https://baochinhphu.vn/pho-thu-tuong-du-hoi-nghi-xuc-tien-dau-tu-vung-dbscl-102240114190512001.htm',
        publishedAt: '2024-01-14T12:05:00.000Z',
        title: 'Phó Thủ tướng dự Hội nghị xúc tiến đầu tư vùng Đồng bằng sông Cửu Long',
      },
    ]);
  });

  it("resolves an Atom feed's relative links against its xml:base, the entry's first", () => {
    const atom = `<feed xmlns="http://www.w3.org/2005/Atom" xml:base="https://moit.gov.vn/tin-tuc/">
<entry><title>Hội nghị xúc tiến thương mại</title><link href="hoat-dong/hoi-nghi-xuc-tien-thuong-mai.html"/></entry>
<entry xml:base="/bao-chi/"><title>Họp báo quý I</title><link href="hop-bao-quy-i.html"/></entry>
</feed>`;
    expect(parseFeed(atom, 'https://moit.gov.vn/feeds/tin-tuc.atom').map((item) => item.url)).toEqual([
      'https://moit.gov.vn/tin-tuc/hoat-dong/hoi-nghi-xuc-tien-thuong-mai.html',
      'https://moit.gov.vn/bao-chi/hop-bao-quy-i.html',
    ]);
  });

  it('reads an Atom feed: the alternate link, published (or updated) date', () => {
    expect(parseFeed(fixture('moit-tin-tuc.atom'), 'https://moit.gov.vn/tin-tuc.atom')).toEqual([
      {
        url: 'https://moit.gov.vn/tin-tuc/hoat-dong/hoi-nghi-tong-ket-cong-tac-nam-2023.html',
        publishedAt: '2024-01-12T07:00:00.000Z',
        title: 'Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024 của ngành Công Thương',
      },
      {
        url: 'https://moit.gov.vn/tin-tuc/hoat-dong/dien-dan-doanh-nghiep-viet-nam-han-quoc.html',
        publishedAt: '2024-01-15T03:00:00.000Z',
        title: 'Diễn đàn doanh nghiệp Việt Nam - Hàn Quốc',
      },
    ]);
  });

  it('reads an RSS 1.0 (RDF) feed', () => {
    const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://a.gov.vn/"><title>Tin</title></channel>
  <item rdf:about="https://a.gov.vn/tin/1"><title>Hội thảo</title><link>https://a.gov.vn/tin/1</link><dc:date>2024-01-10T08:00:00+07:00</dc:date></item>
</rdf:RDF>`;
    expect(parseFeed(rdf, 'https://a.gov.vn/rss')).toEqual([
      { url: 'https://a.gov.vn/tin/1', publishedAt: '2024-01-10T01:00:00.000Z', title: 'Hội thảo' },
    ]);
  });

  it('returns no items for an empty channel', () => {
    expect(
      parseFeed('<rss version="2.0"><channel><title>Trống</title></channel></rss>', 'https://a.vn/rss'),
    ).toEqual([]);
  });

  it('throws a DiscoveryParseError naming the line of malformed XML', () => {
    const broken = '<?xml version="1.0"?>\n<rss><channel>\n<item><title>Hội nghị</title>\n</channel></rss>';
    expect(() => parseFeed(broken, 'https://a.vn/rss')).toThrow(DiscoveryParseError);
    expect(() => parseFeed(broken, 'https://a.vn/rss')).toThrow(/^malformed XML at line 4: /);
  });

  it('refuses a document that is not a feed, such as an HTML error page', () => {
    expect(() =>
      parseFeed('<html><body><p>Không tìm thấy trang</p></body></html>', 'https://a.vn/rss'),
    ).toThrow('not an RSS or Atom feed (root element <html>)');
    expect(() => parseFeed('   ', 'https://a.vn/rss')).toThrow('the document is empty');
  });
});
