import { GetSecretValueCommand, type SecretsManagerClient } from '@aws-sdk/client-secrets-manager';

/** A JSON secret may hold the token under one of these keys; a plain string is the token. */
const TOKEN_KEYS = ['HF_TOKEN', 'hf_token', 'token', 'HUGGING_FACE_HUB_TOKEN'];

export async function fetchHuggingFaceToken(client: SecretsManagerClient, secretId: string): Promise<string> {
  const { SecretString } = await client.send(new GetSecretValueCommand({ SecretId: secretId }));
  if (!SecretString) throw new Error(`secret ${secretId} has no string value`);
  try {
    const parsed: unknown = JSON.parse(SecretString);
    if (parsed && typeof parsed === 'object') {
      const values = parsed as Record<string, unknown>;
      const key = TOKEN_KEYS.find((k) => typeof values[k] === 'string');
      if (!key) throw new Error(`secret ${secretId} is JSON without any of ${TOKEN_KEYS.join(', ')}`);
      return values[key] as string;
    }
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
  }
  return SecretString.trim();
}

export interface HfTokenOutcome {
  token?: string;
  /** a sentence for the log when the token could not be had */
  warning?: string;
}

/** The Hugging Face token for the stages; a missing one is a warning (public models still work), never fatal. */
export async function resolveHuggingFaceToken(
  client: SecretsManagerClient,
  secretId: string,
): Promise<HfTokenOutcome> {
  if (!secretId) return {};
  try {
    return { token: await fetchHuggingFaceToken(client, secretId) };
  } catch (error) {
    const err = error as Error;
    return {
      warning: `could not read the Hugging Face token from Secrets Manager secret "${secretId}" (${err.name}: ${err.message}) — stages run without HF_TOKEN, so gated models (e.g. meta-llama) will fail; create the secret or set hf-token-secret-id: ''`,
    };
  } finally {
    client.destroy();
  }
}
