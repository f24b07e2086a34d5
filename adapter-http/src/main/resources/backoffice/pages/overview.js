import {h, fill, link, table, badge} from '../dom.js';
import {call, all, accountPath} from '../api.js';

export const nav = {href: '#/overview', label: 'Overview'};
export const routes = [[/^#\/overview$/, render]];

/** How many terminals the overview checks one by one for what keeps them from taking payments. */
const CHECKED = 200;

async function render(main) {
  const [sellers, stores, terminals] = await Promise.all([
    all(accountPath('/payout-destinations'), 'payout_destinations'),
    all(accountPath('/stores'), 'stores'),
    all(accountPath('/terminals'), 'terminals'),
  ]);
  const notReady = [];
  const checked = terminals.slice(0, CHECKED);
  for (let i = 0; i < checked.length; i += 8) {
    const batch = await Promise.all(checked.slice(i, i + 8).map(terminal =>
      call('GET', accountPath('/terminals', terminal.terminal_id, 'readiness')).then(r => r.body)));
    notReady.push(...batch.filter(readiness => !readiness.enrolled));
  }
  fill(main,
    h('h1', {}, 'Overview'),
    h('div', {class: 'cards'},
      card('Sellers', sellers.length, countBy(sellers, s => s.case_status), '#/sellers'),
      card('Stores', stores.length, countBy(stores, s => s.status), '#/stores'),
      card('Terminals', terminals.length, countBy(terminals, t => t.status), '#/terminals')),
    h('h2', {}, 'Terminals that cannot take payments'),
    terminals.length > CHECKED ? h('p', {class: 'hint'}, `The first ${CHECKED} terminals are checked.`) : null,
    table('Terminals that are not enrolled, with the check that fails', ['Terminal', 'Store', 'Failing check', 'Detail'],
      notReady.map(readiness => {
        const failing = readiness.checks.find(check => !check.ok);
        const terminal = terminals.find(t => t.terminal_id === readiness.terminal_id);
        return [link('#/terminals/' + encodeURIComponent(readiness.terminal_id), readiness.terminal_id),
          terminal ? terminal.store_id : '', failing ? h('code', {}, failing.check) : '', failing ? failing.detail : ''];
      })));
}

function countBy(items, key) {
  const counts = new Map();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) || 0) + 1);
  return [...counts.entries()].sort();
}

function card(title, total, counts, href) {
  return h('section', {class: 'card', 'aria-label': title},
    h('h2', {}, link(href, title), ' ', h('span', {class: 'total'}, String(total))),
    h('ul', {class: 'counts'}, counts.map(([status, count]) => h('li', {}, badge(status), ' ', String(count)))));
}
