import { gunzipSync, gzipSync } from 'node:zlib';
import type { NatsConnection } from '@nats-io/transport-node';
import { Objm, type ObjectStore } from '@nats-io/obj';
import { PAGE_BODY_BUCKET, type PageBody } from '@hoinghi/contracts';

/** Compressed bodies up to this size travel inside the message; larger ones go to the object store. */
export const DEFAULT_INLINE_LIMIT = 512 * 1024;

/**
 * Page bodies travel gzip-compressed; one too large for a message is put in the JetStream object store
 * and the message carries its name (claim check).
 */
export class PageBodyCodec {
  private store?: Promise<ObjectStore>;

  constructor(
    private readonly nc: NatsConnection,
    private readonly options: { replicas: number; inlineLimit?: number },
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

  async decode(body: PageBody): Promise<Uint8Array> {
    if ('data' in body) return gunzipSync(Buffer.from(body.data, 'base64'));
    const store = await this.objectStore();
    const compressed = await store.getBlob(body.objectStore.name);
    if (compressed === null) throw new Error(`page body ${body.objectStore.name} is missing from the object store`);
    return gunzipSync(compressed);
  }

  private objectStore(): Promise<ObjectStore> {
    this.store ??= new Objm(this.nc).create(PAGE_BODY_BUCKET, {
      replicas: this.options.replicas,
      description: 'Page bodies too large to travel inside a message',
    });
    return this.store;
  }
}
