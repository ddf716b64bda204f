import { gunzipSync, gzipSync } from 'node:zlib';
import type { NatsConnection } from '@nats-io/transport-node';
import { Objm, type ObjectStore } from '@nats-io/obj';
import { PAGE_BODY_BUCKET, type PageBody } from '@hoinghi/contracts';
import { PermanentFailure } from './delivery-policy.js';

/** Compressed bodies up to this size travel inside the message; larger ones go to the object store. */
export const DEFAULT_INLINE_LIMIT = 512 * 1024;
/** Largest decompressed body accepted: far above any page the crawler keeps, far below a gzip bomb. */
export const DEFAULT_MAX_BODY_BYTES = 64 * 1024 * 1024;

/**
 * Page bodies travel gzip-compressed; one too large for a message is put in the JetStream object store
 * and the message carries its name (claim check).
 */
export class PageBodyCodec {
  private store?: Promise<ObjectStore>;

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: { replicas: number; inlineLimit?: number; maxBodyBytes?: number },
  ) {}

  /** `name` must identify the content (its hash), so storing the same body twice is harmless. */
  async encode(body: Uint8Array, name: string): Promise<PageBody> {
    const compressed = gzipSync(body);
    if (compressed.byteLength <= (this.options.inlineLimit ?? DEFAULT_INLINE_LIMIT)) {
      return { encoding: 'gzip+base64', data: compressed.toString('base64'), size: body.byteLength };
    }
    const store = await this.objectStore();
    await store.putBlob({ name }, compressed);
    return { objectStore: { bucket: PAGE_BODY_BUCKET, name }, encoding: 'gzip', size: body.byteLength };
  }

  /**
   * The body's bytes. A body that is missing, not gzip, or inflates beyond `maxBodyBytes` is a
   * PermanentFailure (`unparseable_page`): no retry makes it readable.
   */
  async decode(body: PageBody): Promise<Uint8Array> {
    const compressed =
      'data' in body ? Buffer.from(body.data, 'base64') : await this.stored(body.objectStore.name);
    const maxOutputLength = this.options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
    try {
      return gunzipSync(compressed, { maxOutputLength });
    } catch (error) {
      const problem =
        (error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE'
          ? `inflates beyond ${maxOutputLength} bytes`
          : `is not readable gzip (${error instanceof Error ? error.message : String(error)})`;
      throw new PermanentFailure('unparseable_page', `page body ${problem}`);
    }
  }

  private async stored(name: string): Promise<Uint8Array> {
    const compressed = await (await this.objectStore()).getBlob(name);
    if (compressed === null) {
      throw new PermanentFailure('unparseable_page', `page body ${name} is missing from the object store`);
    }
    return compressed;
  }

  private objectStore(): Promise<ObjectStore> {
    this.store ??= new Objm(this.nc).create(PAGE_BODY_BUCKET, {
      replicas: this.options.replicas,
      description: 'Page bodies too large to travel inside a message',
    });
    return this.store;
  }
}
