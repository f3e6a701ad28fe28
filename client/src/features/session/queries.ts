// Signing in and out, and who the session belongs to (`me`).
import { graphql } from '../../gql';

export const ME_QUERY = graphql(`
  query Me {
    me { username role }
  }
`);

export const SIGN_IN_MUTATION = graphql(`
  mutation SignIn($username: String!, $password: String!) {
    signIn(username: $username, password: $password) {
      token
      expiresAt
      me { username role }
    }
  }
`);

export const SIGN_OUT_MUTATION = graphql(`
  mutation SignOut {
    signOut
  }
`);
