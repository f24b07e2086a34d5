import {h, fill, link} from '../dom.js';
import {call, accountPath, query} from '../api.js';
import {pagedList, filters} from '../lists.js';

export const nav = {href: '#/events', label: 'Events'};
export const routes = [
  [/^#\/events$/, list],
  [/^#\/events\/([^/]+)$/, detail],
];

const TYPES = ['', 'approval_payout_destination_add', 'approval_payout_destination_update', 'account_store_add',
  'account_store_update', 'account_store_delete', 'account_terminal_add', 'account_terminal_update',
  'account_terminal_delete', 'terminal_operation_update', 'checkout_session_add'];

async function list(main) {
  let current = {};
  const events = pagedList({
    caption: 'Events, oldest first', field: 'events',
    headings: ['#', 'Event', 'Resource', 'When', 'What changed'],
    load: cursor => call('GET', accountPath('/events') + query({...current, limit: 20, starting_after: cursor})).then(a => a.body),
    columns: event => [String(event.sequence), link('#/events/' + encodeURIComponent(event.id), event.event),
      event.resource_id, event.created_at, changed(event)],
  });
  fill(main, h('h1', {}, 'Events'),
    h('p', {}, 'Every change to a seller, store, terminal or session, in the order it was made.'),
    filters([
      {name: 'event', label: 'Event', options: TYPES},
      {name: 'resource_id', label: 'Resource id', placeholder: 'seller, store server id, terminal or session'},
    ], values => { current = values; events.reload(); }),
    events.element);
  await events.reload();
}

/** The fields that changed and their old values, in a line. */
function changed(event) {
  const fields = Object.entries(event.previous);
  return fields.length ? fields.map(([field, old]) => `${field} was ${JSON.stringify(old)}`).join('; ') : 'added';
}

async function detail(main, id) {
  const event = (await call('GET', accountPath('/events', id))).body;
  fill(main,
    h('p', {}, link('#/events', 'All events')),
    h('h1', {}, 'Event ', event.sequence, ': ', event.event),
    h('dl', {class: 'facts'},
      h('dt', {}, 'Id'), h('dd', {}, h('code', {}, event.id)),
      h('dt', {}, 'Resource'), h('dd', {}, event.resource_id),
      h('dt', {}, 'When'), h('dd', {}, event.created_at)),
    h('h2', {}, 'What changed'),
    h('pre', {class: 'json', tabindex: '0', 'aria-label': 'Old values of what changed'}, JSON.stringify(event.previous, null, 2)),
    h('h2', {}, 'The resource after the change'),
    h('pre', {class: 'json', tabindex: '0', 'aria-label': 'The resource after the change'}, JSON.stringify(event.data, null, 2)));
}
