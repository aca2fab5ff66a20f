import { computeConfigId } from './config-id.js';

/**
 * `mcc-e2e register --from-project DIR`: the registration MCC's `do/register --ci` would write,
 * read from a generated project's `do/config` without running it. The file is shell, but only
 * its `export NAME=value` lines matter; they are parsed, never sourced. Pure.
 */

const EXPORT_LINE = /^\s*export\s+([A-Za-z_][A-Za-z0-9_]*)=(.*)$/;
/** `${NAME:-default}`, as MCC writes overridable settings */
const WITH_DEFAULT = /^\$\{([A-Za-z_][A-Za-z0-9_]*):-(.*)\}$/;
/** what do/register puts in `parameters`: its engine prefixes, and the deploy-time IC_ENV_* settings */
const PARAMETER_NAME = /^(VLLM_|SGLANG_|TRTLLM_|LMI_|DJL_|IC_ENV_)/;

/** The value of an assignment's right-hand side: quotes removed, a trailing comment dropped. */
function shellValue(text: string, known: ReadonlyMap<string, string>): string {
  const trimmed = text.trim();
  const quoted = /^"([^"]*)"|^'([^']*)'/.exec(trimmed);
  const value = quoted ? (quoted[1] ?? quoted[2] ?? '') : trimmed.replace(/\s+#.*$/, '');
  const withDefault = WITH_DEFAULT.exec(value);
  // the project's own value, not this machine's environment: the registration must be reproducible
  if (withDefault) return known.get(withDefault[1] as string) || (withDefault[2] as string);
  return value;
}

/** The exported settings of a do/config, later lines over earlier ones as the shell would. */
export function parseDoConfig(text: string): Map<string, string> {
  const vars = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = EXPORT_LINE.exec(line);
    if (match) vars.set(match[1] as string, shellValue(match[2] as string, vars));
  }
  return vars;
}

export interface ProjectRegistration {
  configId: string;
  configJson: string;
  projectName?: string;
}

/**
 * The record a project registers as: MCC's configJson fields (projectName, deploymentConfig,
 * modelName, instanceType, awsRegion, deploymentTarget, baseImage, parameters) under the
 * documented 5-field configId. Missing fields stay empty: the registered-entry check names them.
 */
export function registrationFromDoConfig(vars: ReadonlyMap<string, string>): ProjectRegistration {
  const get = (name: string): string => vars.get(name) ?? '';
  const config = {
    projectName: get('PROJECT_NAME'),
    deploymentConfig: get('DEPLOYMENT_CONFIG'),
    modelName: get('MODEL_NAME'),
    instanceType: get('INSTANCE_TYPE'),
    awsRegion: get('AWS_REGION'),
    deploymentTarget: get('DEPLOYMENT_TARGET') || 'realtime-inference',
    baseImage: get('BASE_IMAGE'),
    parameters: Object.fromEntries([...vars].filter(([name]) => PARAMETER_NAME.test(name))),
  };
  return {
    configId: computeConfigId({ ...config, region: config.awsRegion }),
    configJson: JSON.stringify(config),
    ...(config.projectName ? { projectName: config.projectName } : {}),
  };
}
