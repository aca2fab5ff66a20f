import { describe, beforeAll, afterAll } from '@jest/globals';
import { findMotoServer, startMoto, type Moto } from './moto-server.js';

export { findMotoServer, freePort, startMoto, type Moto } from './moto-server.js';

/**
 * A describe block that needs the moto server. Without moto it is skipped with a clear
 * message — except when MCC_E2E_REQUIRE_MOTO is set (CI), where its absence fails loudly.
 */
export function describeWithMoto(name: string, body: (moto: () => Moto) => void): void {
  const binary = findMotoServer();
  if (!binary) {
    if (process.env.MCC_E2E_REQUIRE_MOTO) {
      describe(name, () => {
        beforeAll(() => {
          throw new Error(
            'moto_server not found: install it with pip install "moto[server]" — CI requires the AWS integration tests',
          );
        });
        body(() => {
          throw new Error('moto_server not found');
        });
      });
      return;
    }
    console.warn(
      `SKIPPED "${name}": moto_server not found — pip install "moto[server]" to run the AWS integration tests`,
    );
    describe.skip(name, () => body(() => ({}) as Moto));
    return;
  }
  describe(name, () => {
    let moto: Moto | undefined;
    beforeAll(async () => {
      moto = await startMoto(binary);
    }, 120_000);
    afterAll(async () => {
      await moto?.stop();
    });
    body(() => moto as Moto);
  });
}
