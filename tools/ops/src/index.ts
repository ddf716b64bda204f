export * from './parse-command.js';
export * from './run-command.js';
