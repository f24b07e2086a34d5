import {h, fill, link, badge} from '../dom.js';
import {call, accountPath, query} from '../api.js';
import {form, attempt} from '../forms.js';
import {pagedList, filters} from '../lists.js';

export const nav = {href: '#/webhooks', label: 'Webhooks'};
export const routes = [
  [/^#\/webhooks$/, list],
  [/^#\/webhooks\/new$/, create],
  [/^#\/webhooks\/([^/]+)$/, detail],
];

const HOOKS = '/hooks/subscriptions';

async function list(main) {
  const subscriptions = pagedList({
    caption: 'Webhook subscriptions', field: 'subscriptions',
    headings: ['Subscription', 'URL', 'Events', 'Status', 'Description'],
    load: cursor => call('GET', accountPath(HOOKS) + query({limit: 20, starting_after: cursor})).then(a => a.body),
    columns: s => [link('#/webhooks/' + encodeURIComponent(s.id), s.id), s.url, s.events.join(', '),
      badge(s.active ? 'ACTIVE' : 'INACTIVE'), s.description || ''],
  });
  fill(main, h('h1', {}, 'Webhooks'),
    h('p', {}, 'Subscriptions push the account\'s events to your receiver as signed POSTs, in order per resource, ',
      'retried for three days.'),
    h('p', {}, link('#/webhooks/new', 'New subscription')),
    subscriptions.element);
  await subscriptions.reload();
}

/** The settings form's fields; events are typed comma-separated and sent as the API's list. */
function settingsFields(subscription) {
  return [
    {name: 'url', label: 'Receiver URL', type: 'url', required: true, value: subscription?.url,
      hint: 'https; a test account may also use http and localhost.'},
    {name: 'events', label: 'Events', value: subscription ? subscription.events.join(', ') : '*',
      hint: 'Event types, comma-separated (such as account_terminal_update), or * for all.'},
    {name: 'description', label: 'Description', value: subscription?.description},
  ];
}

function settingsBody(values, active) {
  return {url: values.url, events: (values.events || '*').split(',').map(type => type.trim()).filter(Boolean),
    description: values.description ?? null, active};
}

/** A secret shown once, with what to do with it. */
function secretNotice(secret) {
  return h('div', {class: 'notice', role: 'status'},
    h('p', {}, h('strong', {}, 'Signing secret: '), h('code', {class: 'secret'}, secret)),
    h('p', {}, 'Copy it now into your receiver\'s configuration: it is not shown again. ',
      'Verify each delivery\'s Onboard-Signature header with it.'));
}

function create(main) {
  fill(main, h('h1', {}, 'New subscription'),
    form({
      submitLabel: 'Create subscription',
      fields: settingsFields(null),
      onSubmit: async values => {
        const created = (await call('POST', accountPath(HOOKS), settingsBody(values, true))).body;
        await detail(main, created.id, secretNotice(created.secret));
      },
    }));
}

async function detail(main, id, notice) {
  const read = await call('GET', accountPath(HOOKS, id));
  const subscription = read.body;
  const path = accountPath(HOOKS, id);
  const problem = h('div', {class: 'refusal', role: 'alert', hidden: true});
  const result = h('div', {role: 'status', 'aria-live': 'polite'});
  let status = {};
  const deliveries = pagedList({
    caption: 'Delivery log, in event order', field: 'deliveries',
    headings: ['Event', 'Resource', 'Status', 'Attempts', 'Last answer', 'Next attempt', 'Redeliver'],
    load: cursor => call('GET', path + '/deliveries' + query({...status, limit: 20, starting_after: cursor})).then(a => a.body),
    columns: d => [link('#/events/' + encodeURIComponent(d.event_id), d.event), d.resource_id, badge(d.status.toUpperCase()),
      String(d.attempts), d.error || (d.last_http_status ? 'HTTP ' + d.last_http_status : '—'), d.next_attempt_at || '—',
      h('button', {type: 'button', 'aria-label': `Redeliver ${d.event} of ${d.resource_id}`, onclick: async () => {
        if (await attempt(problem, () => call('POST', `${path}/deliveries/${encodeURIComponent(d.id)}/redeliver`))) {
          fill(result, `Delivery of ${d.event} queued again.`);
          deliveries.reload();
        }
      }}, 'Redeliver')],
  });
  fill(main,
    h('p', {}, link('#/webhooks', 'All subscriptions')),
    h('h1', {}, 'Subscription'),
    notice || null,
    h('dl', {class: 'facts'},
      h('dt', {}, 'Id'), h('dd', {}, h('code', {}, subscription.id)),
      h('dt', {}, 'URL'), h('dd', {}, subscription.url),
      h('dt', {}, 'Events'), h('dd', {}, subscription.events.join(', ')),
      h('dt', {}, 'Status'), h('dd', {}, badge(subscription.active ? 'ACTIVE' : 'INACTIVE'),
        subscription.deactivation_reason ? ' ' + subscription.deactivation_reason : ''),
      h('dt', {}, 'Previous secret valid until'), h('dd', {}, subscription.previous_secret_expires_at || '—')),
    problem, result,
    h('div', {class: 'actions'},
      h('button', {type: 'button', onclick: async () => {
        const ping = await attempt(problem, () => call('POST', path + '/ping'));
        if (ping) {
          const p = ping.body;
          fill(result, p.delivered ? `Ping delivered: HTTP ${p.http_status} in ${p.duration_ms} ms.`
            : `Ping not delivered: ${p.error}`);
        }
      }}, 'Send ping'),
      h('button', {type: 'button', onclick: async () => {
        const rotated = await attempt(problem, () => call('POST', path + '/rotate_secret', {}));
        if (rotated) await detail(main, id, secretNotice(rotated.body.secret));
      }}, 'Rotate secret'),
      h('button', {type: 'button', onclick: async () => {
        const body = settingsBody({url: subscription.url, events: subscription.events.join(','),
          description: subscription.description}, !subscription.active);
        if (await attempt(problem, () => call('PUT', path, body, {'If-Match': read.etag}))) await detail(main, id);
      }}, subscription.active ? 'Turn off' : 'Turn on'),
      h('button', {type: 'button', class: 'danger', onclick: async () => {
        if (await attempt(problem, () => call('DELETE', path, undefined, {'If-Match': read.etag}))) location.hash = '#/webhooks';
      }}, 'Delete subscription')),
    h('h2', {}, 'Deliveries'),
    filters([{name: 'status', label: 'Status', options: ['', 'pending', 'delivered', 'failed']}],
      values => { status = values; deliveries.reload(); }),
    deliveries.element,
    h('h2', {}, 'Change'),
    form({
      submitLabel: 'Save changes',
      fields: settingsFields(subscription),
      onSubmit: async values => {
        await call('PUT', path, settingsBody(values, subscription.active), {'If-Match': read.etag});
        await detail(main, id);
      },
    }));
  await deliveries.reload();
}
