import type { HoverProvider } from '../hover-provider';
import { describeFromSchema } from './describe';

/** Hover docs of the policy and manifests, from the `.describe()` texts of their zod schemas. */
export const schemaHover: HoverProvider = (doc, offset, context) => describeFromSchema(doc, offset, context.policy);
