import { afterEach, beforeEach, expect, it } from '@jest/globals';
import {
  CreateInferenceComponentCommand,
  ListEndpointsCommand,
  SageMakerClient,
} from '@aws-sdk/client-sagemaker';
import { describeWithMoto } from '../helpers/moto.js';
import {
  startInferenceComponentStandIn,
  type InferenceComponentStandIn,
} from '../helpers/inference-components-stand-in.js';
import { runAction, signalWhenOutput, stateEnv } from '../helpers/runner.js';
import { createTables } from '../helpers/tables.js';
import { postStepLeg } from '../helpers/post-step-leg.js';

const PROJECT = 'rt-qwen3-4b-e2e4901-1';

/**
 * The post step (built bundle) after a SIGKILL of main with the endpoint up and MCC's ICs on it
 * (its realtime deploy's base IC and an adapter IC): the API pass deletes the ICs, waits for them,
 * then the endpoint. The ICs live in the stand-in in front of moto (moto has no IC API), which
 * refuses DeleteEndpoint while an IC is on it.
 */
describeWithMoto(
  'the post step deletes the inference components before their endpoint (bundles, moto + IC stand-in)',
  (moto) => {
    let standIn: InferenceComponentStandIn;
    beforeEach(async () => {
      await moto().reset();
      await createTables(moto());
      standIn = await startInferenceComponentStandIn(moto().url);
    });
    afterEach(async () => {
      await standIn.close();
    });

    it('SIGKILL of main while test runs: ICs (adapter first), then endpoint, config and model; nothing left', async () => {
      const { inputs, env } = postStepLeg(moto(), '4901', standIn.url, {
        env: { MCC_EXAMPLE_HANG_AT: 'test' },
      });
      const main = await runAction('dist/run/index.js', {
        inputs,
        env,
        onStart: signalWhenOutput(/example: hanging at /, 'SIGKILL'),
      });
      expect(main.signal).toBe('SIGKILL');
      expect(main.state['project-name']).toBe(PROJECT);
      // what MCC's realtime deploy and adapter add put on the endpoint (the example generator has no ICs)
      const sagemaker = new SageMakerClient({ ...moto().clientConfig, endpoint: standIn.url });
      for (const name of [`${PROJECT}-default-1764640000`, `${PROJECT}-adapter-tuned-sft`])
        await sagemaker.send(
          new CreateInferenceComponentCommand({
            InferenceComponentName: name,
            EndpointName: PROJECT,
            VariantName: 'AllTraffic',
            Specification: { Container: { Image: 'x' } },
            RuntimeConfig: { CopyCount: 1 },
          }),
        );

      const post = await runAction('dist/cleanup/index.js', {
        dir: main.dir,
        inputs,
        env: { ...env, ...stateEnv(main.state), MCC_EXAMPLE_HANG_AT: '' },
      });
      expect(post.code).toBe(0);
      expect(post.summary).toContain(
        `🧹 deleted leftovers through the SageMaker API: inference component ${PROJECT}-adapter-tuned-sft, inference component ${PROJECT}-default-1764640000, endpoint ${PROJECT}, endpoint config ${PROJECT}, model ${PROJECT}`,
      );
      expect(standIn.calls().filter((c) => c.startsWith('Delete'))[0]).toBe(
        `DeleteInferenceComponent ${PROJECT}-adapter-tuned-sft`,
      );
      expect(standIn.calls().filter((c) => c.startsWith('DeleteEndpoint ')).length).toBeGreaterThanOrEqual(1);
      expect(standIn.names()).toEqual([]);
      expect((await sagemaker.send(new ListEndpointsCommand({}))).Endpoints ?? []).toEqual([]);
      expect(post.summary).not.toContain('still present');
      expect(post.summary).not.toContain('could not be listed');
      sagemaker.destroy();
    }, 180_000);
  },
);
