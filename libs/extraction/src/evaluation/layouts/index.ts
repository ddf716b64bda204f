/**
 * Page layouts of Vietnamese CMSs that every labeled case is rendered into, to measure how much of the
 * text figure survives whole pages.
 */
import type { PageInput } from './page-input.js';
import { captionsOtherDates } from './captions-other-dates.js';
import { governmentPortal } from './government-portal.js';
import { heavyFurniture } from './heavy-furniture.js';
import { mobileAmp } from './mobile-amp.js';
import { modernNewspaper } from './modern-newspaper.js';
import { printView } from './print-view.js';
import { relatedInsideBody } from './related-inside-body.js';
import { todayHeader } from './today-header.js';
import { wordpressNews } from './wordpress-news.js';

export { pageInput, type PageInput } from './page-input.js';

export const LAYOUTS: ReadonlyArray<{ name: string; render: (p: PageInput) => string }> = [
  { name: 'wordpress-news', render: wordpressNews },
  { name: 'government-portal', render: governmentPortal },
  { name: 'modern-newspaper', render: modernNewspaper },
  { name: 'mobile-amp', render: mobileAmp },
  { name: 'print-view', render: printView },
  { name: 'today-header', render: todayHeader },
  { name: 'captions-other-dates', render: captionsOtherDates },
  { name: 'related-inside-body', render: relatedInsideBody },
  { name: 'heavy-furniture', render: heavyFurniture },
];
