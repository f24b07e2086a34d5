import {h, fill, link, badge, table} from '../dom.js';
import {call, all, accountPath, query} from '../api.js';
import {form, attempt} from '../forms.js';
import {pagedList, filters} from '../lists.js';

export const nav = {href: '#/stores', label: 'Stores'};
export const routes = [
  [/^#\/stores$/, list],
  [/^#\/stores\/new$/, create],
  [/^#\/stores\/([^/]+)$/, detail],
];

async function list(main) {
  let current = {};
  const stores = pagedList({
    caption: 'Stores', field: 'stores',
    headings: ['Store', 'Name', 'Seller', 'Status', 'Terminals'],
    load: cursor => call('GET', accountPath('/stores') + query({...current, limit: 20, starting_after: cursor})).then(a => a.body),
    columns: store => [link('#/stores/' + encodeURIComponent(store.store_id), store.store_id), store.store_name,
      store.payout_destination.payout_destination_id, badge(store.status), String(store.number_of_terminals)],
  });
  fill(main, h('h1', {}, 'Stores'),
    h('p', {}, link('#/stores/new', 'New store')),
    filters([
      {name: 'payout_destination_id', label: 'Seller id'},
      {name: 'status', label: 'Status', options: ['', 'ACTIVE', 'INACTIVE', 'DELETED']},
    ], values => { current = values; stores.reload(); }),
    stores.element);
  await stores.reload();
}

/** The fields a store is made and changed with, named as the API names them. */
function storeFields(store) {
  return [
    {name: 'store_name', label: 'Store name', required: !store, value: store?.store_name},
    {name: 'organization.organization_number', label: 'Organization number', value: store?.organization.organization_number,
      hint: 'Left out, the seller\'s.'},
    {name: 'address.address_line', label: 'Address', value: store?.address?.address_line},
    {name: 'address.postal_code', label: 'Postal code', value: store?.address?.postal_code},
    {name: 'address.postal_place', label: 'Postal place', value: store?.address?.postal_place},
    {name: 'address.country', label: 'Country', value: store?.address?.country},
    {name: 'phone_number', label: 'Phone', type: 'tel', value: store?.phone_number},
    {name: 'email', label: 'E-mail', type: 'email', value: store?.email},
    {name: 'website', label: 'Website', type: 'url', value: store?.website},
  ];
}

function create(main) {
  fill(main, h('h1', {}, 'New store'),
    h('p', {}, 'A physical location, linked to a seller. Contact data left out is taken from the seller.'),
    form({
      submitLabel: 'Create store',
      fields: [
        {name: 'store_id', label: 'Store id', hint: 'Your id for the store, such as oslo-center; sessions name it.'},
        {name: 'payout_destination.payout_destination_id', label: 'Seller id', required: true},
        ...storeFields(null),
      ],
      onSubmit: async values => {
        const created = await call('POST', accountPath('/stores'), values);
        location.hash = '#/stores/' + encodeURIComponent(created.body.store_id);
      },
    }));
}

async function detail(main, id) {
  const read = await call('GET', accountPath('/stores', id));
  const store = read.body;
  const terminals = await all(accountPath('/terminals'), 'terminals', {store_id: store.id}, 200);
  const problem = h('div', {class: 'refusal', role: 'alert', hidden: true});
  const deleted = store.status === 'DELETED';
  fill(main,
    h('p', {}, link('#/stores', 'All stores')),
    h('h1', {}, 'Store ', store.store_id),
    h('dl', {class: 'facts'},
      h('dt', {}, 'Name'), h('dd', {}, store.store_name),
      h('dt', {}, 'Server id'), h('dd', {}, h('code', {}, store.id)),
      h('dt', {}, 'Status'), h('dd', {}, badge(store.status)),
      h('dt', {}, 'Seller'), h('dd', {}, link('#/sellers/' + encodeURIComponent(store.payout_destination.payout_destination_id),
        store.payout_destination.payout_destination_id), ' ', badge(store.payout_destination.case_status)),
      h('dt', {}, 'Verified'), h('dd', {}, store.verified ? 'yes' : 'no')),
    h('h2', {}, 'Terminals'),
    table(`Terminals in ${store.store_name}`, ['Terminal', 'Serial number', 'Model', 'Status'],
      terminals.map(t => [link('#/terminals/' + encodeURIComponent(t.terminal_id), t.terminal_id), t.device_serial_number,
        t.device_model, badge(t.status)])),
    deleted ? null : [
      h('h2', {}, 'Change'),
      form({
        submitLabel: 'Save changes',
        fields: [...storeFields(store),
          {name: 'payout_destination.payout_destination_id', label: 'Seller id', value: store.payout_destination.payout_destination_id},
          {name: 'status', label: 'Status', type: 'select', options: ['ACTIVE', 'INACTIVE'], value: store.status}],
        onSubmit: async values => {
          await call('PUT', accountPath('/stores', store.id), values, {'If-Match': read.etag});
          detail(main, store.store_id);
        },
      }),
      h('h2', {}, 'Delete'),
      problem,
      h('button', {type: 'button', class: 'danger', onclick: async () => {
        if (await attempt(problem, () => call('DELETE', accountPath('/stores', store.id), undefined, {'If-Match': read.etag}))) {
          detail(main, store.store_id);
        }
      }}, 'Delete store')],
  );
}
