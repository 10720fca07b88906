import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';

/**
 * The header the web app sends with every API request. A page on another site can make a
 * browser send a "simple" request (a form post, a GET) with the user's cookies but without
 * custom headers or a JSON content type, unless CORS allows it first; so every request must
 * carry either this header or a non-simple content type such as application/json. Missing
 * both: 403.
 */
export const csrfHeader = 'x-rizoom-csrf';

export const useCsrfPrevention = () => useCSRFPrevention({ requestHeaders: [csrfHeader] });
