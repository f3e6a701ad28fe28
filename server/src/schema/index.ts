// Imports every domain file (each registers its types and fields on the builder) and exports
// the schema. The printed SDL is committed as server/schema.graphql and checked by a test.
import { builder } from '../builder.js';
import { enforceListCaps } from '../limits/list-caps.js';
import './cited.js';
import './common.js';
import './source.js';
import './region.js';
import './chain.js';
import './segment.js';
import './park.js';
import './enterprise.js';
import './project.js';
import './institution.js';
import './graph-elements.js';
import './gap.js';
import './targets.js';
import './industry.js';
import './park-review.js';
import './park-dashboard.js';
import './region-overview.js';
import './figures.js';
import './node.js';
import './search.js';
import './graph-shapes.js';
import './auth.js';
import './mutations/edit-types.js';
import './mutations/enterprise-mutations.js';
import './mutations/project-mutations.js';
import './mutations/institution-mutations.js';
import './mutations/link-mutations.js';
import './analyst.js';
import './imports.js';
import './sheet-imports.js';

// Every list field returns at most its cap (limits/costs.ts), so cost estimates are bounds.
export const schema = enforceListCaps(builder.toSchema({ sortSchema: true }));
