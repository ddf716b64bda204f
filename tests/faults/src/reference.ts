import { createHash } from 'node:crypto';
import type { ExtractedConference, PageFetchedV1 } from '@hoinghi/contracts';
import { parsePage } from '@hoinghi/extraction';

/** What a fault-free pipeline makes of one page: its article row's URL and, if it reports one, the conference. */
export interface ReferencePage {
  fetchedUrl: string;
  articleUrl: string;
  conference: ExtractedConference | null;
}

/** The demo site fails some pages on purpose at first (500, 429): asked again, they answer. */
async function fetchPatiently(url: string): Promise<Response> {
  for (let attempt = 1; ; attempt++) {
    const response = await fetch(url);
    if (response.ok || attempt === 4) {
      if (!response.ok) throw new Error(`reference fetch of ${url}: HTTP ${response.status}`);
      return response;
    }
    await response.arrayBuffer();
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
}

/**
 * The expected outcome, computed without the pipeline: each page is fetched once more and run through the
 * parser's own `parsePage`, the function the parser service runs on every page event. The store keeps one
 * article row per parsed URL and one report row per extracted conference, so these sets are what the
 * database must hold however often the services died on the way.
 */
export async function referenceParse(urls: string[], concurrency = 8): Promise<ReferencePage[]> {
  const results: ReferencePage[] = [];
  let next = 0;
  const lane = async () => {
    while (next < urls.length) {
      const url = urls[next++];
      const response = await fetchPatiently(url);
      const body = new Uint8Array(await response.arrayBuffer());
      const contentHash = `sha256:${createHash('sha256').update(body).digest('hex')}`;
      const page: PageFetchedV1 = {
        url,
        finalUrl: url,
        sourceId: 'reference',
        fetchedAt: new Date().toISOString(),
        status: response.status,
        headers: { contentType: response.headers.get('content-type') ?? undefined },
        charset: null,
        contentHash,
        redirects: [],
        body: { encoding: 'gzip+base64', data: '', size: body.byteLength },
      };
      const parsed = parsePage(page, 'reference', body, 'reference');
      results.push({
        fetchedUrl: url,
        articleUrl: parsed.article.data.url,
        conference: parsed.conference?.data.conference ?? null,
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, lane));
  return results;
}
