/**
 * Module boundaries (../shared/STYLE.md): a module imports another only through its public face
 * (`modules/<m>/index.ts`), and only from a lower layer; the platform imports no module. Checked by
 * src/modules/boundaries.test.ts, or by hand: `npx depcruise src --config .dependency-cruiser.cjs`.
 */
const LAYERS = [['identity'], ['calendar', 'integration'], ['catalog'], ['dossiers', 'appointments'], ['payments', 'notify', 'documents'], ['feedback'], ['operations', 'content', 'opendata', 'interop', 'meetings', 'mail']];
const above = (i) => LAYERS.slice(i + 1).flat();

module.exports = {
  forbidden: [
    {
      name: 'public-face-only',
      comment: 'Another module is reached only through its index.ts.',
      severity: 'error',
      from: { path: '^src/modules/([^/]+)/' },
      to: { path: '^src/modules/([^/]+)/', pathNot: ['^src/modules/$1/', '^src/modules/[^/]+/index\\.ts$'] },
    },
    ...LAYERS.flatMap((layer, i) => (above(i).length === 0 ? [] : [{
      name: `layer-${layer.join('-')}`,
      comment: 'A module imports only from lower layers; it reacts to higher ones through events.',
      severity: 'error',
      from: { path: `^src/modules/(${layer.join('|')})/` },
      to: { path: `^src/modules/(${above(i).join('|')})/` },
    }])),
    {
      name: 'platform-imports-no-module',
      severity: 'error',
      from: { path: '^src/platform/' },
      to: { path: '^src/modules/' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: { path: '^src/(modules|platform)/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '\\.test\\.ts$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
