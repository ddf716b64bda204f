// Stylesheets and placeholder images, small enough to build on request.
import { esc, fnv1a } from './html.js';

const STYLES: Record<string, string> = {
  'party-portal': `body{font:14px Arial,sans-serif;background:#f3e9d2;margin:0}
#wrapper{width:1000px;margin:0 auto;background:#fff}
#banner{background:#b30000;color:#ffde00;position:relative}
.site-name{position:absolute;left:140px;top:40px;font:bold 26px Times New Roman,serif}
#main-menu{background:#8c0000;margin:0;padding:0;list-style:none;display:flex}
#main-menu a{color:#fff;padding:8px 12px;display:block;text-decoration:none}
.news-title{color:#8c0000;font-size:22px}.news-info{color:#777;font-size:12px}
.image-caption .caption{font-style:italic;text-align:center;background:#eee}
#footer{background:#8c0000;color:#fff;padding:12px;text-align:center;font-size:12px}`,
  'national-paper': `body{font:16px/1.6 Georgia,serif;margin:0;color:#222}
.site-header{border-bottom:3px solid #0a5c36}.main-nav ul{display:flex;gap:16px;list-style:none}
.container{display:flex;gap:24px;max-width:1160px;margin:0 auto}.main-col{flex:1}.sidebar{width:300px}
.article__title{font-size:32px}.article__sapo{font-size:18px;font-weight:bold}
.article__image figcaption{font-size:14px;color:#555;text-align:center}
.box-see-also{border-left:3px solid #0a5c36;padding-left:12px}
.story{overflow:hidden;margin-bottom:16px}.story__thumb{float:left;margin-right:12px}
.site-footer{background:#0a5c36;color:#fff;padding:24px;font-size:13px}`,
  'district-portal': `body{font:13px Tahoma,Verdana,sans-serif;background:#dde7f0;margin:0}
#header{background:#1d5fa8;color:#fff;display:flex;align-items:center;padding:8px}
.ten-don-vi strong{font-size:24px;color:#ffea00}
#menu ul{list-style:none;margin:0;padding:0;background:#123f70;display:flex}
#menu a{color:#fff;padding:6px 10px;display:block}
.contentheading{color:#1d5fa8;font-size:18px}.article-info{color:#888;font-size:11px}
.img-caption{font-size:12px;color:#444}
#footer{background:#1d5fa8;color:#fff;text-align:center;padding:10px}`,
};

export function stylesheet(name: string): string | null {
  return STYLES[name] ?? null;
}

/** A labelled placeholder picture for any `/media/<name>.svg`. */
export function placeholderSvg(name: string): string {
  const hue = fnv1a(name) % 360;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="400" viewBox="0 0 640 400">
<rect width="640" height="400" fill="hsl(${hue},35%,70%)"/>
<text x="320" y="210" font-family="sans-serif" font-size="28" text-anchor="middle" fill="#fff">${esc(name)}</text>
</svg>
`;
}
