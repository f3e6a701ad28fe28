// The qualifiers an editor may pick for a number, in the order the forms list them.
import type { Qualifier } from '../../gql/graphql';

export const QUALIFIERS: readonly Qualifier[] = ['EXACT', 'ABOUT', 'OVER', 'AT_LEAST', 'UNDER', 'EXPECTED', 'TARGET'];
