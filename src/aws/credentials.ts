// No SDK import here: callers decide from this whether to load the AWS SDK at all.
/** Credentials the SDK could find: the environment, a web identity, a profile, or an emulator. */
export function awsCredentialsLikely(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(
    env.AWS_ACCESS_KEY_ID ||
    env.AWS_WEB_IDENTITY_TOKEN_FILE ||
    env.AWS_PROFILE ||
    env.AWS_CONTAINER_CREDENTIALS_FULL_URI ||
    env.AWS_ENDPOINT_URL,
  );
}
