// A list a page at a time, with the API's cursors: Next follows `starting_after`, Previous goes back.
import {h, fill, table} from './dom.js';
import {attempt} from './forms.js';

/**
 * A region that shows one page of `load(cursor)` (an API list answer) as a table of `columns(item)`, with
 * Previous and Next. Call `reload()` after the filters change.
 */
export function pagedList({caption, headings, field, load, columns}) {
  const region = h('div', {class: 'list'});
  const problem = h('div', {class: 'refusal', role: 'alert', hidden: true});
  const cursors = [''];
  let page = 0;

  async function show() {
    const answer = await attempt(problem, () => load(cursors[page]));
    if (!answer) {
      fill(region, problem);
      return;
    }
    cursors[page + 1] = answer.starting_after;
    fill(region, problem,
      table(caption, headings, answer[field].map(columns)),
      h('div', {class: 'pager'},
        h('button', {type: 'button', disabled: page === 0, onclick: () => { page--; show(); }}, 'Previous page'),
        h('span', {'aria-live': 'polite'}, `Page ${page + 1}`),
        h('button', {type: 'button', disabled: !answer.starting_after, onclick: () => { page++; show(); }}, 'Next page')));
  }

  return {
    element: region,
    reload() {
      cursors.length = 1;
      page = 0;
      return show();
    },
  };
}

/** Filters above a list: a form that never submits anywhere but calls `onChange(values)`. */
export function filters(fields, onChange) {
  const form = h('form', {class: 'filters', role: 'search'},
    fields.map(field => {
      const id = 'filter-' + field.name;
      const control = field.options
        ? h('select', {id, name: field.name}, field.options.map(option => h('option', {value: option}, option || 'any')))
        : h('input', {id, name: field.name, type: 'search', placeholder: field.placeholder || ''});
      return h('div', {class: 'field'}, h('label', {for: id}, field.label), control);
    }),
    h('div', {class: 'actions'}, h('button', {type: 'submit'}, 'Filter')));
  form.addEventListener('submit', event => {
    event.preventDefault();
    onChange(Object.fromEntries(new FormData(form).entries()));
  });
  return form;
}
