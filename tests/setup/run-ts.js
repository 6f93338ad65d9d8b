/**
 * Runs a TypeScript entry point of this repository in a plain node process, compiled on the fly by swc with
 * the settings Jest uses: `node tests/setup/run-ts.js src/index.ts`. Lets tests start real server processes
 * (to kill their database, or to run two replicas) without a build.
 */
const { readFileSync } = require('node:fs');
const { resolve } = require('node:path');
const { transformSync } = require('@swc/core');

const options = {
  jsc: {
    parser: { syntax: 'typescript', decorators: true },
    transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
    target: 'es2022',
  },
  module: { type: 'commonjs' },
  sourceMaps: 'inline',
};

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...options, filename });
  module._compile(code, filename);
};

require(resolve(process.argv[2]));
