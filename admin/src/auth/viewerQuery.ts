import { print } from 'graphql';
import { ViewerDocument } from '../generated/graphql';

/**
 * The viewer query as request text. In its own module, loaded on first use: importing the generated
 * documents from the sign-in code would put every resource's documents into the first bundle.
 */
export const viewerQuery = print(ViewerDocument);
