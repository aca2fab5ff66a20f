#!/usr/bin/env node
// An example generator with ML Container Creator's command-line shape:
//   ml-container-creator <projectName> --deployment-config=… --model-name=… --instance-type=… [--region=…] [--skip-prompts]
// It writes <cwd>/<projectName>/ with do/ scripts that simulate MCC's (locally, or against the
// moto server when AWS_ENDPOINT_URL is set). Used by the demo and the tests; see ../README.md.
import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { injectFaults } from '../runtime.mjs';

const DO_SCRIPTS = ['build', 'push', 'deploy', 'test', 'tune', 'adapter', 'benchmark', 'clean'];
const REQUIRED = ['deployment-config', 'model-name', 'instance-type'];

function parseFlags(argv) {
  const flags = {};
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i];
    if (!token.startsWith('--')) throw new Error(`unexpected argument ${token}`);
    const eq = token.indexOf('=');
    if (eq > 0) flags[token.slice(2, eq)] = token.slice(eq + 1);
    else if (argv[i + 1] !== undefined && !argv[i + 1].startsWith('--')) flags[token.slice(2)] = argv[++i];
    else flags[token.slice(2)] = true;
  }
  return flags;
}

const [projectName, ...rest] = process.argv.slice(2);
if (!projectName || projectName.startsWith('--')) {
  console.error(
    'usage: ml-container-creator <projectName> --deployment-config=… --model-name=… --instance-type=… [--region=…] [--skip-prompts]',
  );
  process.exit(2);
}
let flags;
try {
  flags = parseFlags(rest);
} catch (error) {
  console.error(`ml-container-creator: ${error.message}`);
  process.exit(2);
}
const missing = REQUIRED.filter((f) => typeof flags[f] !== 'string');
if (missing.length > 0) {
  console.error(`ml-container-creator: missing ${missing.map((f) => `--${f}`).join(', ')}`);
  process.exit(2);
}
await injectFaults('generate');

const projectDir = resolve(projectName);
mkdirSync(join(projectDir, 'do'), { recursive: true });
const project = {
  projectName,
  deploymentConfig: flags['deployment-config'],
  modelName: flags['model-name'],
  instanceType: flags['instance-type'],
  // as the real generator: the stage's AWS_REGION wins over the default written into do/config
  region: typeof flags.region === 'string' ? flags.region : (process.env.AWS_REGION ?? 'us-east-1'),
  deploymentTarget: flags['deployment-target'] ?? 'realtime-inference',
  enableLora: flags['enable-lora'] === true,
};
writeFileSync(join(projectDir, 'project.json'), `${JSON.stringify(project, null, 2)}\n`);
const runtime = pathToFileURL(fileURLToPath(new URL('../runtime.mjs', import.meta.url))).href;
// fault injection: leave scripts out (MCC_EXAMPLE_OMIT_SCRIPTS=test,clean)
const omitted = new Set((process.env.MCC_EXAMPLE_OMIT_SCRIPTS ?? '').split(',').filter(Boolean));
for (const script of DO_SCRIPTS.filter((s) => !omitted.has(s))) {
  const file = join(projectDir, 'do', script);
  writeFileSync(
    file,
    `#!/usr/bin/env node\nimport { runDoScript } from ${JSON.stringify(runtime)};\nawait runDoScript(${JSON.stringify(script)}, process.argv.slice(2));\n`,
  );
  chmodSync(file, 0o755);
}
console.log(
  `Generated ${projectName} (${project.modelName} on ${project.instanceType}, ${project.region}) in ${projectDir}`,
);
