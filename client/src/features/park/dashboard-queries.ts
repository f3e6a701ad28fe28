// The park dashboard's one request (Park.dashboard: figures and completeness per chain with its trend).
import { graphql } from '../../gql';

export const PARK_DASHBOARD_QUERY = graphql(`
  query ParkDashboard($id: ID!) {
    park(id: $id) {
      id
      dashboard {
        enterprises anchors listed
        projects { status count withInvestment investmentCny }
        chains {
          chain { id name nameEn }
          completeness { score present pipeline missing counted }
          trend { year completeness { score } }
        }
      }
    }
  }
`);
