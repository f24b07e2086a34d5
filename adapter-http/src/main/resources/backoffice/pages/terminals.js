import {h, fill, link, badge, table} from '../dom.js';
import {call, all, accountPath, query} from '../api.js';
import {form, attempt, refusalText} from '../forms.js';
import {pagedList, filters} from '../lists.js';

export const nav = {href: '#/terminals', label: 'Terminals'};
export const routes = [
  [/^#\/terminals$/, list],
  [/^#\/terminals\/new$/, create],
  [/^#\/terminals\/([^/]+)$/, detail],
];

export const MODELS = ['SATURN1000', 'Saturn_S1F4_Pro', 'S1P2', 'S1MINI2', 'S1U2'];
const STATUSES = ['', 'PENDING', 'ACTIVE', 'ERROR', 'ACTION_REQUIRED', 'INACTIVE', 'DELETED'];

async function list(main) {
  let current = {};
  const terminals = pagedList({
    caption: 'Terminals', field: 'terminals',
    headings: ['Terminal', 'Serial number', 'Model', 'Store', 'Status', 'Label'],
    load: cursor => call('GET', accountPath('/terminals') + query({...current, limit: 20, starting_after: cursor})).then(a => a.body),
    columns: t => [link('#/terminals/' + encodeURIComponent(t.terminal_id), t.terminal_id), t.device_serial_number,
      t.device_model, t.store_id, badge(t.status), t.label || ''],
  });
  fill(main, h('h1', {}, 'Terminals'),
    h('p', {}, link('#/terminals/new', 'Register a terminal'), ' · ', link('#/import', 'Import from CSV')),
    filters([
      {name: 'search', label: 'Search', placeholder: 'terminal id, serial or label'},
      {name: 'store_id', label: 'Store'},
      {name: 'payout_destination_id', label: 'Seller id'},
      {name: 'status', label: 'Status', options: STATUSES},
      {name: 'device_model', label: 'Model', options: ['', ...MODELS]},
      {name: 'device_serial_number', label: 'Serial number'},
      {name: 'terminal_id', label: 'Terminal id'},
    ], values => { current = values; terminals.reload(); }),
    terminals.element);
  await terminals.reload();
}

function create(main) {
  fill(main, h('h1', {}, 'Register a terminal'),
    form({
      submitLabel: 'Register',
      fields: [
        {name: 'device_serial_number', label: 'Serial number', required: true},
        {name: 'device_model', label: 'Model', type: 'select', options: MODELS, required: true},
        {name: 'store_id', label: 'Store', required: true, hint: 'The store\'s id (such as oslo-center) or server id.'},
        {name: 'label', label: 'Label', hint: 'Your name for it, such as Till 1.'},
      ],
      onSubmit: async values => {
        const created = await call('POST', accountPath('/terminals'), values);
        location.hash = '#/terminals/' + encodeURIComponent(created.body.terminal_id);
      },
    }));
}

async function detail(main, id) {
  const read = await call('GET', accountPath('/terminals', id) + '?includes=store');
  const terminal = read.body;
  const readiness = (await call('GET', accountPath('/terminals', id, 'readiness'))).body;
  const stores = await all(accountPath('/stores'), 'stores', {status: 'ACTIVE'}, 500);
  const seller = (await call('GET', accountPath('/stores', terminal.store_id))).body.payout_destination.payout_destination_id;
  const problem = h('div', {class: 'refusal', role: 'alert', hidden: true});
  const again = () => detail(main, id);
  const change = body => call('PUT', accountPath('/terminals', id), body, {'If-Match': read.etag}).then(again);
  const removed = terminal.status === 'DELETED';
  fill(main,
    h('p', {}, link('#/terminals', 'All terminals')),
    h('h1', {}, 'Terminal ', terminal.terminal_id),
    h('dl', {class: 'facts'},
      h('dt', {}, 'Status'), h('dd', {}, badge(terminal.status), terminal.status_reason ? ` (${terminal.status_reason})` : ''),
      h('dt', {}, 'Serial number'), h('dd', {}, terminal.device_serial_number),
      h('dt', {}, 'Model'), h('dd', {}, terminal.device_model),
      h('dt', {}, 'Store'), h('dd', {}, link('#/stores/' + encodeURIComponent(terminal.store_id), terminal.store_id),
        terminal.store ? ` (${terminal.store.store_name})` : ''),
      h('dt', {}, 'Label'), h('dd', {}, terminal.label || '—')),
    h('h2', {}, 'Readiness'),
    h('p', {class: readiness.enrolled ? 'ready' : 'not-ready', id: 'readiness'},
      readiness.enrolled ? 'Ready: a session may target this terminal.' : 'Not ready: a session would be refused.'),
    table('Enrollment checks', ['Check', 'Result', 'Detail'],
      readiness.checks.map(c => [h('code', {}, c.check), c.ok ? 'passed' : h('strong', {}, 'failed'), c.detail])),
    removed ? null : [
      h('h2', {}, 'Actions'),
      problem,
      h('div', {class: 'button-row'},
        h('button', {type: 'button', onclick: () => attempt(problem,
          () => call('POST', accountPath('/terminals', id, 'sync'), undefined, {'If-Match': read.etag}).then(again))}, 'Retry provisioning (sync)'),
        terminal.status === 'ACTIVE' ? h('button', {type: 'button', onclick: () => attempt(problem, () => change({status: 'INACTIVE'}))}, 'Deactivate') : null,
        terminal.status === 'INACTIVE' ? h('button', {type: 'button', onclick: () => attempt(problem, () => change({status: 'ACTIVE'}))}, 'Activate') : null,
        h('button', {type: 'button', class: 'danger', onclick: () => attempt(problem,
          () => call('DELETE', accountPath('/terminals', id), undefined, {'If-Match': read.etag}).then(again))}, 'Remove terminal')),
      h('h2', {}, 'Move to another store'),
      form({
        className: 'inline-form', submitLabel: 'Move',
        fields: [{name: 'store_id', label: 'New store', type: 'select', options: stores.map(s => s.store_id), value: terminal.store_id}],
        onSubmit: change,
      }),
      h('h2', {}, 'Label'),
      form({
        className: 'inline-form', submitLabel: 'Save label',
        fields: [{name: 'label', label: 'Label', value: terminal.label, keepEmpty: true}],
        onSubmit: change,
      }),
      operations(terminal),
      sessionCheck(terminal, seller)],
  );
}

const OPERATION_TYPES = ['end_of_day', 'send_logs', 'check_update', 'open_menu'];

/**
 * The terminal's operations (SPEC 10): start one, and watch the list until none is PENDING. The watch stops when
 * the user leaves the page (its table is then no longer in the document) or after two minutes.
 */
function operations(terminal) {
  const path = accountPath('/terminals', terminal.terminal_id, 'operations');
  const problem = h('div', {class: 'refusal', role: 'alert', hidden: true});
  const status = h('p', {id: 'operation-status', role: 'status', 'aria-live': 'polite'});
  const list = h('div', {id: 'operations'});
  let watching = 0;

  async function show() {
    const answer = await attempt(problem, () => call('GET', path + query({limit: 100})));
    if (!answer) return false;
    const items = answer.body.operations;
    fill(list, table('Operations, in the order started', ['Operation', 'Status', 'Started', 'Finished', 'Error'],
      items.map(o => [o.operation, badge(o.status), o.created_at, o.completed_at || '—', o.error || '—'])));
    const running = items.find(o => o.status === 'PENDING');
    fill(status, running ? `${running.operation} is running…` : items.length
      ? `Last operation: ${items[items.length - 1].operation} ${items[items.length - 1].status}.` : '');
    return Boolean(running);
  }

  async function watch() {
    const mine = ++watching;
    const until = Date.now() + 120000;
    while (mine === watching && list.isConnected && Date.now() < until && await show()) {
      await new Promise(resolve => setTimeout(resolve, 1000));
    }
  }

  watch();
  return [
    h('h2', {}, 'Operations'),
    h('p', {}, 'Runs on the device in the background, one at a time; only an ACTIVE terminal takes them.'),
    problem,
    form({
      className: 'inline-form', submitLabel: 'Start operation',
      fields: [{name: 'operation', label: 'Operation', type: 'select', options: OPERATION_TYPES}],
      onSubmit: async values => {
        await call('POST', path, values);
        watch();
      },
    }),
    status,
    list,
  ];
}

/** A real session of 1.00 NOK on the terminal: what a checkout would meet now (needs write:checkout). */
function sessionCheck(terminal, seller) {
  const result = h('div', {id: 'session-result', 'aria-live': 'polite'});
  return [
    h('h2', {}, 'Session check'),
    h('p', {}, 'Creates a session of 1.00 NOK on this terminal, as a checkout would.'),
    h('button', {type: 'button', onclick: async () => {
      fill(result, 'Creating a session…');
      try {
        const session = (await call('POST', '/v1/sessions-profile', {order: {amount: 100, currency: 'NOK',
          merchant_reference: 'backoffice-check', store: {id: terminal.store_id, terminal_id: terminal.terminal_id,
            payout_destination_id: seller}}})).body;
        fill(result, h('p', {class: 'ready'}, 'Session ', h('code', {}, session.id), ' is ', session.status, '.'));
      } catch (error) {
        fill(result, h('div', {class: 'refusal', role: 'alert'}, refusalText(error),
          error.errors?.length ? h('ul', {}, error.errors.map(e => h('li', {}, h('code', {}, e.field), ': ', e.message))) : null));
      }
    }}, 'Check with a session'),
    result];
}
