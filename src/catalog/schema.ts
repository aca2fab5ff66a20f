import { TIERS, TRACK_TARGETS, TUNE_TECHNIQUES, TRAINING_TYPES } from './types.js';
import { SCHEDULES } from '../lifecycle/schedule.js';

const schedule = {
  enum: [...SCHEDULES],
  description:
    'Stage order: sequential (lifecycle order) or overlap-tune (tune submitted with --no-wait before deploy and waited for after test, so the endpoint is not idle during the tune job).',
};

/** 7 days: beyond it a timer overflows (and no stage should run that long) */
export const MAX_TIMEOUT_SECONDS = 7 * 24 * 3600;

/**
 * The catalog's JSON Schema. `catalog/e2e-catalog.schema.json` is written from this object
 * (`npm run schema`) and a test keeps the two identical, so editors and the validator agree.
 */
export const catalogSchema = {
  $schema: 'http://json-schema.org/draft-07/schema#',
  $id: 'https://github.com/mcc/e2e-action/blob/main/catalog/e2e-catalog.schema.json',
  title: 'mcc/e2e-action catalog',
  description: 'Golden-path configurations and the lifecycle each must pass (MCC e2e-catalog format).',
  type: 'object',
  required: ['configs'],
  additionalProperties: false,
  properties: {
    $schema: { type: 'string' },
    description: { type: 'string' },
    version: { type: ['string', 'number'] },
    stageCommands: {
      type: 'object',
      description:
        'Per-stage argv overrides for teams whose do/ scripts differ, e.g. { "deploy": ["./do/deploy", "--wait"] }; placeholders such as {dataset} or {adapter} are filled from the entry.',
      additionalProperties: { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
    },
    quotas: {
      type: 'object',
      description:
        'Endpoints at once per instance type for this catalog, e.g. { "ml.g5.12xlarge": 4 }; legs wait for a slot before deploy. Over the account\'s Service Quotas value; the quotas input overrides it.',
      propertyNames: { pattern: '^ml\\.[a-z0-9]+\\.[a-z0-9]+$' },
      additionalProperties: { type: 'integer', minimum: 0, maximum: 10000 },
    },
    schedule: { ...schedule, description: `${schedule.description} For every entry without its own.` },
    configs: {
      type: 'array',
      items: {
        type: 'object',
        required: ['id', 'tier', 'track', 'args', 'lifecycle', 'timeout'],
        additionalProperties: false,
        properties: {
          id: {
            type: 'string',
            pattern: '^[a-z0-9][a-z0-9-]{0,62}$',
            description: 'Unique id: lowercase letters, digits and dashes, at most 63 characters.',
          },
          tier: { enum: [...TIERS], description: 'Schedule tier: ci (daily), nightly, weekly.' },
          track: { enum: Object.keys(TRACK_TARGETS), description: 'Deployment track.' },
          args: {
            description: 'Generator flags, as one string (split on whitespace) or an argv array.',
            oneOf: [
              { type: 'string', minLength: 1 },
              { type: 'array', minItems: 1, items: { type: 'string', minLength: 1 } },
            ],
          },
          lifecycle: {
            type: 'array',
            minItems: 1,
            items: { type: 'string' },
            description:
              'Stages after the implied generate, e.g. build, push, deploy, test, tune-sft, clean.',
          },
          timeout: {
            type: 'integer',
            minimum: 60,
            maximum: MAX_TIMEOUT_SECONDS,
            description: 'Seconds allowed per stage (at most 7 days).',
          },
          tuneTimeout: {
            type: 'integer',
            minimum: 60,
            maximum: MAX_TIMEOUT_SECONDS,
            description: 'Seconds allowed per tune stage (at most 7 days).',
          },
          tuneConfig: {
            type: 'object',
            required: ['technique', 'trainingType', 'dataset'],
            additionalProperties: false,
            properties: {
              technique: { enum: [...TUNE_TECHNIQUES] },
              trainingType: { enum: [...TRAINING_TYPES] },
              dataset: { type: 'string', pattern: '^(s3://[^\\s/]+/\\S+|hf://[^\\s/]+/\\S+)$' },
              tuneId: {
                type: 'string',
                minLength: 1,
                description: 'JumpStart model id for do/tune --model.',
              },
            },
          },
          env: {
            type: 'object',
            propertyNames: { pattern: '^[A-Z_][A-Z0-9_]*$' },
            additionalProperties: { type: 'string' },
            description: 'Environment exported to every stage.',
          },
          benchmark: {
            type: 'object',
            required: ['workload'],
            additionalProperties: false,
            properties: { workload: { type: 'string', minLength: 1 } },
          },
          schedule,
          notes: { type: 'string' },
        },
      },
    },
  },
} as const;
