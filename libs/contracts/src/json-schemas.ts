import { MESSAGES } from './messages.js';

/** The JSON Schema documents published for outside consumers, by file name. */
export function renderJsonSchemas(): Map<string, string> {
  const files = new Map<string, string>();
  for (const message of MESSAGES) {
    const document = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: message.dataschema,
      title: message.type,
      description: message.description,
      'x-subject': message.subject,
      ...message.eventSchema,
    };
    files.set(message.schemaFile, `${JSON.stringify(document, null, 2)}\n`);
  }
  return files;
}
