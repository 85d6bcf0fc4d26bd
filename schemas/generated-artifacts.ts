import { z } from 'zod';
import { DatasetManifestSchema } from './dataset-manifest';
import { PolicySchema } from './policy';
import { SettingsSchema } from './settings';

/** JSON Schema files generated from the zod schemas and shipped in the extension. */
export function jsonSchemaFiles(): { file: string; schema: unknown }[] {
  return [
    { file: 'schemas/generated/policy.schema.json', schema: withId(z.toJSONSchema(PolicySchema, { io: 'input' }), 'policy') },
    { file: 'schemas/generated/dataset-manifest.schema.json', schema: withId(z.toJSONSchema(DatasetManifestSchema, { io: 'input' }), 'dataset-manifest') },
  ];
}

function withId(schema: object, name: string): object {
  return { $id: `https://tuneguard.dev/schemas/${name}.schema.json`, ...schema };
}

interface ConfigurationProperty {
  type: string;
  default: unknown;
  description: string;
  enum?: readonly string[];
  minimum?: number;
  maximum?: number;
  scope: string;
}

/** `contributes.configuration` for package.json, flattened from the settings schema (`tuneguard.trace.server`, ...). */
export function configurationContribution(): { title: string; properties: Record<string, ConfigurationProperty> } {
  const json = z.toJSONSchema(SettingsSchema, { io: 'input' }) as JsonSchemaObject;
  const properties: Record<string, ConfigurationProperty> = {};
  const visit = (schema: JsonSchemaObject, prefix: string) => {
    for (const [key, child] of Object.entries(schema.properties ?? {})) {
      const name = `${prefix}.${key}`;
      if (child.type === 'object') {
        visit(child, name);
        continue;
      }
      properties[name] = {
        type: child.type === 'integer' ? 'number' : child.type!,
        default: child.default,
        description: child.description ?? '',
        ...(child.enum ? { enum: child.enum } : {}),
        ...(child.minimum !== undefined ? { minimum: child.minimum } : {}),
        ...(child.maximum !== undefined ? { maximum: child.maximum } : {}),
        scope: key === 'server' ? 'window' : 'resource',
      };
    }
  };
  visit(json, 'tuneguard');
  return { title: 'Tuneguard', properties };
}

interface JsonSchemaObject {
  type?: string;
  default?: unknown;
  description?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  properties?: Record<string, JsonSchemaObject>;
}
