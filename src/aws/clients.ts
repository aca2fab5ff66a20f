import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SageMakerClient } from '@aws-sdk/client-sagemaker';
import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { STSClient } from '@aws-sdk/client-sts';
import { GlueClient } from '@aws-sdk/client-glue';
import { ServiceQuotasClient } from '@aws-sdk/client-service-quotas';

/**
 * One place that builds AWS clients. The SDK itself reads AWS_ENDPOINT_URL (the moto server in
 * tests), finds credentials (environment, or the web-identity token file the OIDC module keeps
 * fresh) and retries throttling, 5xx and network errors with jittered exponential backoff
 * (standard mode); we only choose how many attempts.
 */
export const AWS_MAX_ATTEMPTS = 6;

export interface ClientOptions {
  region: string;
  maxAttempts?: number;
}

const common = (o: ClientOptions) => ({
  region: o.region,
  maxAttempts: o.maxAttempts ?? AWS_MAX_ATTEMPTS,
  retryMode: 'standard' as const,
});

export const sageMakerClient = (region: string): SageMakerClient => new SageMakerClient(common({ region }));

export function dynamoDocumentClient(o: ClientOptions): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(new DynamoDBClient(common(o)), {
    marshallOptions: { removeUndefinedValues: true },
  });
}

/** S3 stand-ins (AWS_ENDPOINT_URL) need path-style addressing; AWS itself gets virtual-hosted style */
export const s3Client = (o: ClientOptions): S3Client =>
  new S3Client({ ...common(o), forcePathStyle: Boolean(process.env.AWS_ENDPOINT_URL) });
export const secretsClient = (o: ClientOptions): SecretsManagerClient => new SecretsManagerClient(common(o));
export const stsClient = (o: ClientOptions): STSClient => new STSClient(common(o));
export const glueClient = (o: ClientOptions): GlueClient => new GlueClient(common(o));
export const serviceQuotasClient = (o: ClientOptions): ServiceQuotasClient =>
  new ServiceQuotasClient(common(o));
