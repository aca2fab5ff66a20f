import { SageMakerClient } from '@aws-sdk/client-sagemaker';

/**
 * One place that builds AWS clients: the region, and the SDK's own handling of
 * AWS_ENDPOINT_URL (the moto server in tests), credentials and retries.
 */
export function sageMakerClient(region: string): SageMakerClient {
  return new SageMakerClient({ region, maxAttempts: 5 });
}
