// A service of yours that reacts to every conference hoinghi stores, written with the plain NATS client.
// It imports only @hoinghi/contracts: subject, stream and message validator come from there, never by hand.
//
//   NATS_URL=nats://127.0.0.1:4222 CONSUMER_NAME=my-service node consumer.mjs
import { connect } from '@nats-io/transport-node';
import { AckPolicy, DeliverPolicy, jetstream, jetstreamManager } from '@nats-io/jetstream';
import { ContractViolation, STREAMS, SUBJECTS, conferenceStoredV1 } from '@hoinghi/contracts';

const servers = (process.env.NATS_URL ?? 'nats://127.0.0.1:4222').split(',');
const durable = process.env.CONSUMER_NAME ?? 'example-conference-consumer';

const nc = await connect({
  servers,
  user: process.env.NATS_USER,
  pass: process.env.NATS_PASSWORD,
  name: durable,
  maxReconnectAttempts: -1,
});

// A durable consumer of our own: it remembers what we acknowledged across restarts. DeliverPolicy.All
// replays the stream from its start the first time; a new CONSUMER_NAME replays everything again.
const jsm = await jetstreamManager(nc);
// The store creates the stream when it first starts; until then, wait for it.
while (
  !(await jsm.streams.info(STREAMS.stored.name).then(
    () => true,
    () => false,
  ))
) {
  await new Promise((resolve) => setTimeout(resolve, 1_000));
}
await jsm.consumers.add(STREAMS.stored.name, {
  durable_name: durable,
  filter_subject: SUBJECTS.conferenceStoredV1,
  ack_policy: AckPolicy.Explicit,
  deliver_policy: DeliverPolicy.All,
  ack_wait: 30_000_000_000,
  max_deliver: 10,
});
const consumer = await jetstream(nc).consumers.get(STREAMS.stored.name, durable);

// At-least-once delivery: the event id makes handling idempotent. Keep it where your data lives
// (a unique column in your database); a Set is enough for this example.
const handled = new Set();

const shutdown = async () => {
  await nc.drain();
  process.exit(0);
};
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);

for await (const msg of await consumer.consume({ max_messages: 64 })) {
  let event;
  try {
    event = conferenceStoredV1.parseEvent(msg.json());
  } catch (error) {
    // Not a v1 event we understand: never retry it forever.
    console.error(error instanceof ContractViolation ? error.message : String(error));
    msg.term();
    continue;
  }
  if (!handled.has(event.id)) {
    handled.add(event.id);
    const { conferenceId, name, date, merged, articleUrl } = event.data;
    console.log(JSON.stringify({ eventId: event.id, conferenceId, name, date, merged, articleUrl }));
  }
  msg.ack();
}
