// The public JSON API, as the console calls it. The token lives in this module only: never in a cookie,
// local storage or a URL, so it ends with the tab.

let session = null;

/** A refusal in the API's error format: code, message and the fields at fault. */
export class ApiError extends Error {
  constructor(status, error) {
    super(error.message || `HTTP ${status}`);
    this.status = status;
    this.code = error.code || 'HTTP_' + status;
    this.errors = error.errors || [];
  }
}

export function signedIn() {
  return session !== null;
}

export function account() {
  return session.account;
}

export function canReview() {
  return session.scopes.includes('admin:accounts');
}

export function signOut() {
  session = null;
}

/**
 * Signs in with the client's id and secret, sent as OAuth 2.0 form fields: no Authorization header, so a wrong
 * secret cannot bring up the browser's own credential prompt.
 */
export async function signIn(clientId, clientSecret) {
  const form = new URLSearchParams({grant_type: 'client_credentials', client_id: clientId, client_secret: clientSecret});
  const response = await fetch('/v1/auth/token', {
    method: 'POST', body: form, credentials: 'omit', cache: 'no-store',
    headers: {'Content-Type': 'application/x-www-form-urlencoded'},
  });
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const message = body.error_description || 'sign-in failed';
    throw new ApiError(response.status, {code: body.error === 'invalid_client' ? 'UNAUTHORIZED' : 'BAD_REQUEST', message});
  }
  session = {token: body.access_token, account: body.account_id, scopes: body.scope.split(' ')};
}

/** A path under the signed-in account: accountPath('/stores', id) with every id encoded. */
export function accountPath(base, ...ids) {
  return `/v1/accounts/${encodeURIComponent(session.account)}${base}` + ids.map(id => '/' + encodeURIComponent(id)).join('');
}

/** Query parameters, leaving out empty ones. */
export function query(params) {
  const present = Object.entries(params).filter(([, value]) => value !== '' && value !== null && value !== undefined);
  return present.length ? '?' + new URLSearchParams(present).toString() : '';
}

/** One call: {body, etag} on success; an ApiError otherwise (a 401 also ends the session). */
export async function call(method, path, body, headers = {}) {
  if (!session) throw new ApiError(401, {code: 'UNAUTHORIZED', message: 'sign in first'});
  const init = {method, credentials: 'omit', cache: 'no-store', headers: {Authorization: 'Bearer ' + session.token, ...headers}};
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers['Content-Type'] = 'application/json';
  }
  let response;
  try {
    response = await fetch(path, init);
  } catch (failure) {
    throw new ApiError(0, {code: 'NETWORK', message: 'the server did not answer: ' + failure.message});
  }
  const text = await response.text();
  const json = text ? JSON.parse(text) : null;
  if (!response.ok) {
    if (response.status === 401) session = null;
    throw new ApiError(response.status, (json && json.error) || {});
  }
  return {body: json, etag: response.headers.get('ETag')};
}

/** Every page of a list, up to `max` items. */
export async function all(path, field, params = {}, max = 1000) {
  const items = [];
  let after = '';
  do {
    const page = (await call('GET', path + query({...params, limit: 100, starting_after: after}))).body;
    items.push(...page[field]);
    after = page.starting_after;
  } while (after && items.length < max);
  return items;
}
