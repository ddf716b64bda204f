// Run by typescript-process.spec.ts: needs what plain Node cannot run (a decorator, a parameter property,
// a `.js` specifier for a `.ts` file, a workspace package).
import { SUBJECTS } from '@hoinghi/contracts';
import { freePort } from '../src/free-port.js';

const tagged: string[] = [];
const tag = (_target: object, key: string) => {
  tagged.push(key);
};

class Greeter {
  constructor(private readonly name: string) {}

  @tag
  greet() {
    return `chào ${this.name}`;
  }
}

process.stdout.write(
  `${JSON.stringify({ greeting: new Greeter('Hà Nội').greet(), tagged, subject: SUBJECTS.pageFetchedV1 })}\n`,
);
process.stdout.write(`port ${await freePort()}\n`);
setInterval(() => undefined, 1_000);
