import type { StageExecutor } from './engine.js';
import { runProcess } from './process.js';

/** The real executor: each stage is a process (see process.ts). */
export const processExecutor: StageExecutor = {
  run: (stage, io) =>
    runProcess({
      argv: stage.argv,
      cwd: io.cwd,
      env: io.env,
      timeoutSeconds: stage.timeoutSeconds,
      killGraceSeconds: io.killGraceSeconds,
      logFile: io.logFile,
      scrubber: io.scrubber,
      onOutput: io.onOutput,
      onSpawn: io.onSpawn,
      signal: io.signal,
    }),
};
