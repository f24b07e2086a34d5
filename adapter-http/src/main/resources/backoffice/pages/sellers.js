import {h, fill, link, badge} from '../dom.js';
import {call, accountPath, query, canReview} from '../api.js';
import {form, attempt} from '../forms.js';
import {pagedList, filters} from '../lists.js';

export const nav = {href: '#/sellers', label: 'Sellers'};
export const routes = [
  [/^#\/sellers$/, list],
  [/^#\/sellers\/new$/, create],
  [/^#\/sellers\/([^/]+)$/, detail],
];

const STATUSES = ['', 'WAITING_FOR_DECLARATION', 'WAITING_FOR_SIGNATURE', 'AUTOMATIC_REVIEW', 'UNDER_MANUAL_REVIEW',
  'WAITING_FOR_DETAILS', 'ERROR', 'ACTIVE', 'DECLINED', 'ARCHIVED', 'TERMINATED'];

/** The case actions, who takes them, and from which statuses (SPEC 3; the server decides, this only offers). */
const ACTIONS = [
  {action: 'submit_declaration', label: 'Submit declaration', from: ['WAITING_FOR_DECLARATION'], data: true},
  {action: 'sign', label: 'Sign', from: ['WAITING_FOR_SIGNATURE']},
  {action: 'submit_details', label: 'Submit details', from: ['WAITING_FOR_DETAILS'], data: true},
  {action: 'request_details', label: 'Request details', from: ['UNDER_MANUAL_REVIEW'], review: true},
  {action: 'approve', label: 'Approve', from: ['UNDER_MANUAL_REVIEW', 'ERROR'], review: true},
  {action: 'decline', label: 'Decline', from: ['UNDER_MANUAL_REVIEW', 'ERROR'], review: true},
  {action: 'terminate', label: 'Terminate', from: ['ACTIVE'], review: true},
  {action: 'archive', label: 'Archive', from: ['WAITING_FOR_DECLARATION', 'WAITING_FOR_SIGNATURE', 'AUTOMATIC_REVIEW',
    'UNDER_MANUAL_REVIEW', 'WAITING_FOR_DETAILS', 'ERROR', 'DECLINED']},
];

async function list(main) {
  const sellers = pagedList({
    caption: 'Sellers', field: 'payout_destinations',
    headings: ['Seller', 'Name', 'Organization number', 'Case status', 'Stores', 'Terminals'],
    load: cursor => call('GET', accountPath('/payout-destinations') + query({...current, limit: 20, starting_after: cursor}))
      .then(answer => answer.body),
    columns: seller => [link('#/sellers/' + encodeURIComponent(seller.payout_destination_id), seller.payout_destination_id),
      seller.payout_destination_name || '', seller.organization_number || '', badge(seller.case_status),
      String(seller.number_of_stores), String(seller.number_of_terminals)],
  });
  let current = {};
  fill(main, h('h1', {}, 'Sellers'),
    h('p', {}, link('#/sellers/new', 'New seller')),
    filters([{name: 'case_status', label: 'Case status', options: STATUSES}], values => {
      current = values;
      sellers.reload();
    }),
    sellers.element);
  await sellers.reload();
}

function create(main) {
  fill(main, h('h1', {}, 'New seller'),
    h('p', {}, 'The seller of record, whose KYC case must be ACTIVE before its stores take payments.'),
    form({
      submitLabel: 'Apply',
      fields: [
        {name: 'payout_destination_id', label: 'Seller id', required: true, hint: 'Your id for the seller, such as seller-1.'},
        {name: 'payout_destination_name', label: 'Name'},
        {name: 'payout_destination_description', label: 'Description',
          hint: 'In a test account, AUTO_APPROVE makes the case ACTIVE at once.'},
        {name: 'type', label: 'Type', type: 'select', options: ['company', 'individual'], required: true},
        {name: 'country_code', label: 'Country', value: 'NO', hint: 'ISO 3166-1 alpha-2; for a company.'},
        {name: 'organization_number', label: 'Organization number', hint: 'For a company, such as 923663487.'},
        {name: 'organization.name', label: 'Legal name'},
        {name: 'organization.trade_name', label: 'Trade name'},
        {name: 'individual.name', label: 'Individual\'s name', hint: 'For an individual.'},
        {name: 'individual.birth_date', label: 'Individual\'s birth date', type: 'date'},
        {name: 'address.address_line', label: 'Address'},
        {name: 'address.postal_code', label: 'Postal code'},
        {name: 'address.postal_place', label: 'Postal place'},
        {name: 'address.country', label: 'Address country', hint: 'ISO 3166-1 alpha-2, such as NO.'},
        {name: 'phone_number', label: 'Phone', type: 'tel', hint: 'E.164, such as +4722334455.'},
        {name: 'email', label: 'E-mail', type: 'email'},
        {name: 'website', label: 'Website', type: 'url'},
        {name: 'bank_accounts[0].bank_account_number', label: 'Bank account number', hint: 'IBAN or Norwegian BBAN.'},
        {name: 'bank_accounts[0].bank_account_number_type', label: 'Bank account number type', type: 'select', options: ['', 'IBAN', 'BBAN']},
        {name: 'bank_accounts[0].bank_account_currency', label: 'Bank account currency', value: 'NOK'},
        {name: 'bank_accounts[0].bank_account_country_code', label: 'Bank country', value: 'NO'},
        {name: 'bank_accounts[0].bank_identification_code', label: 'BIC'},
        {name: 'payout_interval_type', label: 'Payout interval', type: 'select', options: ['', 'day', 'week', 'month', 'manual']},
      ],
      onSubmit: async values => {
        if (values.bank_accounts && !values.bank_accounts[0].bank_account_number) delete values.bank_accounts;
        const created = await call('POST', accountPath('/management/settings/approvals/payout-destinations'), values);
        location.hash = '#/sellers/' + encodeURIComponent(created.body.payout_destination_id);
      },
    }));
}

async function detail(main, id) {
  const seller = (await call('GET', accountPath('/payout-destinations', id))).body;
  const problem = h('div', {class: 'refusal', role: 'alert', hidden: true});
  fill(main,
    h('p', {}, link('#/sellers', 'All sellers')),
    h('h1', {}, 'Seller ', seller.payout_destination_id),
    h('dl', {class: 'facts'},
      fact('Case status', badge(seller.case_status)),
      fact('Reason', seller.case_status_reason || '—'),
      fact('Name', seller.payout_destination_name || '—'),
      fact('Type', seller.type),
      fact('Organization', [seller.organization_number, seller.organization.name].filter(Boolean).join(' · ') || '—'),
      fact('Contact', [seller.phone_number, seller.email, seller.website].filter(Boolean).join(' · ') || '—'),
      fact('Bank account', seller.bank_accounts.map(a => a.bank_account_number).join(', ') || '—'),
      fact('Stores', String(seller.number_of_stores)),
      fact('Terminals', String(seller.number_of_terminals))),
    h('h2', {}, 'KYC case'),
    problem,
    actions(seller, problem));
}

function actions(seller, problem) {
  const open = ACTIONS.filter(a => a.from.includes(seller.case_status) && (!a.review || canReview()));
  if (!open.length) return h('p', {}, 'No action can be taken on this case now.');
  const path = action => accountPath('/management/settings/approvals/payout-destinations', seller.payout_destination_id, action);
  return h('div', {class: 'case-actions'}, open.map(a => {
    if (a.review) {
      return form({
        className: 'inline-form', submitLabel: a.label,
        fields: [{name: 'reason', label: `Reason to ${a.label.toLowerCase()}`}],
        onSubmit: async values => { await call('POST', path(a.action), values); rerender(seller); },
      });
    }
    if (a.data) {
      return form({
        className: 'inline-form', submitLabel: a.label,
        fields: [{name: 'phone_number', label: `Phone (with ${a.label.toLowerCase()})`, type: 'tel'},
          {name: 'email', label: `E-mail (with ${a.label.toLowerCase()})`, type: 'email'}],
        onSubmit: async values => { await call('POST', path(a.action), values); rerender(seller); },
      });
    }
    return h('button', {type: 'button', onclick: async () => {
      if (await attempt(problem, () => call('POST', path(a.action)))) rerender(seller);
    }}, a.label);
  }));
}

function rerender(seller) {
  detail(document.querySelector('main .page'), seller.payout_destination_id);
}

function fact(term, value) {
  return [h('dt', {}, term), h('dd', {}, value)];
}
