/**
 * Handling the API's coded errors: each code is its own class.
 *
 *   KEHOU_TOKEN=<token> npx tsx graphql/client/examples/errors.ts
 */
import { BadUserInputError, createClient, NotFoundError, PublicSurveyDocument, SchoolsDocument, UnauthenticatedError } from '@kehou/client';
import { apiUrl, publicApiUrl, required } from './env';

const anonymous = createClient({ url: publicApiUrl });
try {
  await anonymous.request(PublicSurveyDocument, { accessCode: 'no-such-code' });
} catch (error) {
  if (!(error instanceof NotFoundError)) throw error;
  console.log(`NotFoundError: ${error.message}`);
}

const signedIn = createClient({ url: apiUrl, token: required('KEHOU_TOKEN') });
try {
  await signedIn.request(SchoolsDocument, { first: 1000 });
} catch (error) {
  if (!(error instanceof BadUserInputError)) throw error;
  console.log(`BadUserInputError on ${error.field}: ${error.message}`);
}

const stranger = createClient({ url: apiUrl, token: 'not-a-token' });
try {
  await stranger.request(SchoolsDocument, {});
} catch (error) {
  if (!(error instanceof UnauthenticatedError)) throw error;
  console.log(`UnauthenticatedError: ${error.message}`);
}
