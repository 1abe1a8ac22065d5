// A zod schema for action.yml, after GitHub's "Metadata syntax for GitHub Actions" (no well-kept
// npm package ships SchemaStore's github-action.json, so this is written out by hand).
import { z } from 'zod';

const input = z.strictObject({
  description: z.string().min(1),
  required: z.boolean().optional(),
  default: z.string().optional(),
  deprecationMessage: z.string().optional(),
});

const compositeStep = z
  .strictObject({
    id: z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/).optional(),
    name: z.string().optional(),
    if: z.string().optional(),
    uses: z.string().optional(),
    with: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
    run: z.string().optional(),
    shell: z.string().optional(),
    env: z.record(z.string(), z.string()).optional(),
    'working-directory': z.string().optional(),
    'continue-on-error': z.union([z.boolean(), z.string()]).optional(),
  })
  .refine((s) => (s.run === undefined) !== (s.uses === undefined), 'a step has exactly one of `run` and `uses`')
  .refine((s) => s.run === undefined || s.shell !== undefined, 'a `run` step of a composite action needs `shell`');

const runs = z.discriminatedUnion('using', [
  z.strictObject({ using: z.literal('composite'), steps: z.array(compositeStep).min(1) }),
  z.strictObject({
    using: z.enum(['node20', 'node24']),
    main: z.string(),
    pre: z.string().optional(),
    'pre-if': z.string().optional(),
    post: z.string().optional(),
    'post-if': z.string().optional(),
  }),
  z.strictObject({
    using: z.literal('docker'),
    image: z.string(),
    args: z.array(z.string()).optional(),
    env: z.record(z.string(), z.string()).optional(),
    entrypoint: z.string().optional(),
  }),
]);

export const actionSchema = z.strictObject({
  name: z.string().min(1),
  description: z.string().min(1),
  author: z.string().optional(),
  branding: z
    .strictObject({
      icon: z.string().optional(),
      color: z.enum(['white', 'black', 'yellow', 'blue', 'green', 'orange', 'red', 'purple', 'gray-dark']).optional(),
    })
    .optional(),
  inputs: z.record(z.string().regex(/^[A-Za-z_][A-Za-z0-9_-]*$/), input).optional(),
  outputs: z.record(z.string(), z.strictObject({ description: z.string().min(1), value: z.string().optional() })).optional(),
  runs,
});

export type ActionMetadata = z.infer<typeof actionSchema>;
