// The region view's data, as the generated operation types give it.
import type { RegionOverviewQuery } from '../../gql/graphql';

export type RegionOverview = RegionOverviewQuery['regionOverview'];
export type Place = RegionOverview['children'][number];
