import { MESSAGES } from './messages.js';
import { CONSUMERS, STREAMS } from './topology.js';

const producers: Record<string, string> = {
  'page.fetched': 'crawler',
  'article.parsed': 'parser',
  'conference.extracted': 'parser',
  'conference.stored': 'store',
  deadletter: 'crawler, parser, store',
};

const camel = (name: string, version: number) =>
  `${name.replace(/[.-](\w)/g, (_, c: string) => c.toUpperCase())}V${version}`;

/** The AsyncAPI 3 document of every message: channels are the JetStream subjects, payloads the CloudEvents. */
export function renderAsyncApi(): Record<string, unknown> {
  const channels: Record<string, unknown> = {};
  const operations: Record<string, unknown> = {};
  const messages: Record<string, unknown> = {};
  for (const message of MESSAGES) {
    const id = camel(message.name, message.version);
    const stream = STREAMS[message.stream];
    messages[id] = {
      name: message.type,
      title: message.type,
      summary: message.description,
      contentType: 'application/json',
      headers: {
        type: 'object',
        properties: {
          'Nats-Msg-Id': { type: 'string', description: 'The CloudEvents id: the JetStream dedupe key' },
        },
      },
      payload: message.eventSchema,
    };
    channels[id] = {
      address: message.subject,
      description: `JetStream stream ${stream.name}: ${stream.description}`,
      messages: { [id]: { $ref: `#/components/messages/${id}` } },
    };
    operations[`publish${id[0].toUpperCase()}${id.slice(1)}`] = {
      action: 'send',
      summary: `Published by ${producers[message.name] ?? 'hoinghi'}`,
      channel: { $ref: `#/channels/${id}` },
      messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
    };
    for (const [key, consumer] of Object.entries(CONSUMERS)) {
      if (consumer.stream !== message.stream) continue;
      operations[`${key}Receives${id[0].toUpperCase()}${id.slice(1)}`] = {
        action: 'receive',
        summary: `${consumer.description} (durable consumer "${consumer.durable}")`,
        channel: { $ref: `#/channels/${id}` },
        messages: [{ $ref: `#/channels/${id}/messages/${id}` }],
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'hoinghi events',
      version: '1.0.0',
      description:
        'CloudEvents 1.0 (structured JSON) on NATS JetStream subjects. Versioning: a version only gains optional ' +
        'fields; any other change is a new version on its own subject, published beside the old one.',
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:4222', protocol: 'nats', description: 'NATS with JetStream' },
    },
    channels,
    operations,
    components: { messages },
  };
}
