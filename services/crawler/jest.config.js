import preset from '../../jest.preset.js';

export default {
  ...preset,
  rootDir: import.meta.dirname,
  displayName: 'crawler',
  moduleNameMapper: {
    // The parser's package export, from its sources (as the preset maps the libraries).
    '^@hoinghi/parser/parse-page$': `${import.meta.dirname}/../parser/src/parse-page/parse-page.ts`,
    ...preset.moduleNameMapper,
  },
};
